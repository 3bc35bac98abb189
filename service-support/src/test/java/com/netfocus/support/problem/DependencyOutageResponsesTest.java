package com.netfocus.support.problem;

import com.mongodb.MongoTimeoutException;
import com.netfocus.support.dependencies.DependencySettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * MongoDB unreachable is 503 problem+json with Retry-After, not the catch-all 500: thrown as is, wrapped by Spring
 * Data, or as the cause of another exception (Axon wraps what the store threw); other failures stay 500.
 */
class DependencyOutageResponsesTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
            .setControllerAdvice(new ProblemResponses(new StaticListableBeanFactory()
                            .getBeanProvider(MultipartProperties.class)),
                    new DependencyOutageResponses(new DependencySettings(Duration.ofSeconds(3), Duration.ofSeconds(3),
                            Duration.ofSeconds(15), Duration.ofSeconds(2), Duration.ofMillis(1500))))
            .build();

    @Test
    void theDatabaseAwayIs503WithRetryAfterWhateverWrapsIt() throws Exception {
        for (String path : new String[]{"/timeout", "/spring-data", "/wrapped"}) {
            mvc.perform(get(path))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(header().string("Retry-After", "2"))
                    .andExpect(jsonPath("$.status").value(503));
        }
    }

    @Test
    void anyOtherFailureStays500() throws Exception {
        mvc.perform(get("/other")).andExpect(status().isInternalServerError());
    }

    @RestController
    static class Failing {

        @GetMapping("/timeout")
        String timeout() {
            throw new MongoTimeoutException("no server selected within 3000 ms");
        }

        @GetMapping("/spring-data")
        String springData() {
            throw new org.springframework.dao.DataAccessResourceFailureException("timed out",
                    new MongoTimeoutException("no server"));
        }

        @GetMapping("/wrapped")
        String wrapped() {
            throw new IllegalStateException("command failed", new MongoTimeoutException("no server"));
        }

        @GetMapping("/other")
        String other() {
            throw new IllegalStateException("a bug");
        }
    }
}
