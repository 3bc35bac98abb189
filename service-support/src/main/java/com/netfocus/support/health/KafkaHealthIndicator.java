package com.netfocus.support.health;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Kafka as a dependency on {@code /actuator/health} (component {@code kafka}): UP when the cluster describes itself
 * within {@code timeout}, DOWN otherwise. The admin client is made on the first check, so contexts that are never
 * asked (most tests) open no connection. It connects as every other Kafka client of the service does
 * ({@code clientProperties}: the servers and the security settings of {@code spring.kafka}).
 */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final Map<String, Object> clientProperties;
    private final Duration timeout;
    private Admin admin;

    public KafkaHealthIndicator(Map<String, Object> clientProperties, Duration timeout) {
        super("Kafka health check failed");
        this.clientProperties = Map.copyOf(clientProperties);
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
            Map<String, Object> properties = new HashMap<>(clientProperties);
            properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
            properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
            admin = Admin.create(properties);
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
