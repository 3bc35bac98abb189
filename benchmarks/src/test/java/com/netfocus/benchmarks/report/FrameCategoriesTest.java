package com.netfocus.benchmarks.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FrameCategoriesTest {

    @Test
    void jdkWorkCountsForTheLibraryThatAskedForIt() {
        assertThat(FrameCategories.of(List.of("java.util.HashMap.get", "sun.nio.ch.SocketDispatcher.read",
                "org.axonframework.eventsourcing.EventSourcingRepository.doLoad", "com.netfocus.planning.X.y")))
                .isEqualTo("Axon");
        assertThat(FrameCategories.of(List.of("java.net.SocketInputStream.read",
                "org.apache.coyote.http11.Http11Processor.service"))).isEqualTo("Tomcat");
    }

    @Test
    void theMoreSpecificSpringPackageWins() {
        assertThat(FrameCategories.of(List.of("org.springframework.cloud.gateway.filter.NettyRoutingFilter.filter")))
                .isEqualTo("Spring Cloud Gateway");
        assertThat(FrameCategories.of(List.of("org.springframework.beans.BeanUtils.copy")))
                .isEqualTo("Spring (other)");
    }

    @Test
    void jdkOnlyStacksAndUnknownLibrariesHaveTheirOwnNames() {
        assertThat(FrameCategories.of(List.of("java.lang.Thread.run", "jdk.internal.misc.Unsafe.park")))
                .isEqualTo(FrameCategories.JDK);
        assertThat(FrameCategories.of(List.of("java.lang.String.equals", "org.example.Thing.run")))
                .isEqualTo(FrameCategories.OTHER);
    }
}
