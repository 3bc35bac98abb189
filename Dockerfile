# One image per service, from the executable jar its module builds:
#   mvn -DskipTests package && docker compose --profile single build
# The base image is pinned to an exact release (a digest could not be checked where this file is built: add one with
# `docker buildx imagetools inspect` when you build).
FROM eclipse-temurin:17.0.17_10-jre-noble
ARG MODULE
COPY ${MODULE}/target/${MODULE}-*-exec.jar /app/service.jar
COPY deploy/service/healthcheck.sh /app/healthcheck.sh
USER 1000
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=3 CMD ["/app/healthcheck.sh"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/service.jar"]
