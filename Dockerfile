# One image per service, from the executable jar its module builds:
#   mvn -DskipTests package && docker compose build
FROM eclipse-temurin:17-jre
ARG MODULE
COPY ${MODULE}/target/${MODULE}-*-exec.jar /app/service.jar
USER 1000
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/service.jar"]
