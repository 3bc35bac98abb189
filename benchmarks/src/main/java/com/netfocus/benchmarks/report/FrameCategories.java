package com.netfocus.benchmarks.report;

import java.util.List;

/**
 * Where a sampled stack spends its time, by library: the first frame from the top that is not the JDK's own names
 * the library that asked for the work (JDK code running for it counts for it: a socket read under Tomcat is
 * Tomcat's, a HashMap lookup in Axon is Axon's). A stack of JDK frames only is "JDK".
 */
public final class FrameCategories {

    public static final String JDK = "JDK only";
    public static final String OTHER = "other libraries";

    /** Package prefixes and their library, the more specific first. */
    private static final List<String[]> LIBRARIES = List.of(
            new String[]{"com.netfocus.", "Netfocus code"},
            new String[]{"org.axonframework.", "Axon"},
            new String[]{"com.mongodb.", "MongoDB driver"},
            new String[]{"org.bson.", "MongoDB driver"},
            new String[]{"de.bwaldvogel.", "MongoDB wire server"},
            new String[]{"org.h2.", "H2 store"},
            new String[]{"org.apache.kafka.", "Kafka"},
            new String[]{"kafka.", "Kafka"},
            new String[]{"scala.", "Kafka"},
            new String[]{"com.fasterxml.jackson.", "Jackson"},
            new String[]{"org.springframework.cloud.gateway.", "Spring Cloud Gateway"},
            new String[]{"org.springframework.security.", "Spring Security"},
            new String[]{"org.springframework.web.", "Spring web"},
            new String[]{"org.springframework.http.", "Spring web"},
            new String[]{"org.springframework.data.", "Spring Data"},
            new String[]{"org.springframework.kafka.", "Spring Kafka"},
            new String[]{"org.springframework.boot.loader.", "class loading (Spring Boot's jar loader)"},
            new String[]{"org.springframework.", "Spring (other)"},
            new String[]{"org.apache.catalina.", "Tomcat"},
            new String[]{"org.apache.coyote.", "Tomcat"},
            new String[]{"org.apache.tomcat.", "Tomcat"},
            new String[]{"reactor.netty.", "Netty and Reactor"},
            new String[]{"reactor.", "Netty and Reactor"},
            new String[]{"io.netty.", "Netty and Reactor"},
            new String[]{"io.micrometer.", "Micrometer"},
            new String[]{"ch.qos.logback.", "Logging"},
            new String[]{"org.slf4j.", "Logging"});
    private static final List<String> JDK_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    private FrameCategories() {
    }

    /** The library of one sample; {@code frames} from the top of the stack down, as "class.method". */
    public static String of(List<String> frames) {
        for (String frame : frames) {
            if (JDK_PACKAGES.stream().anyMatch(frame::startsWith)) {
                continue;
            }
            for (String[] library : LIBRARIES) {
                if (frame.startsWith(library[0])) {
                    return library[1];
                }
            }
            return OTHER;
        }
        return JDK;
    }
}
