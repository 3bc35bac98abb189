package com.netfocus.support.health;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Kafka as a dependency on {@code /actuator/health} (component {@code kafka}): UP when the cluster describes itself
 * within {@code timeout}, DOWN otherwise. The admin client is made on the first check, so contexts that are never
 * asked (most tests) open no connection.
 */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final String bootstrapServers;
    private final Duration timeout;
    private Admin admin;

    public KafkaHealthIndicator(String bootstrapServers, Duration timeout) {
        super("Kafka health check failed");
        this.bootstrapServers = bootstrapServers;
        this.timeout = timeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        int millis = (int) timeout.toMillis();
        int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(millis))
                .nodes().get(millis, TimeUnit.MILLISECONDS).size();
        if (nodes == 0) {
            builder.down().withDetail("nodes", 0);
        } else {
            builder.up().withDetail("nodes", nodes);
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            int millis = (int) timeout.toMillis();
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis));
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ZERO);
        }
    }
}
