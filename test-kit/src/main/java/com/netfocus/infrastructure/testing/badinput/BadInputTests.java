package com.netfocus.infrastructure.testing.badinput;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;

/**
 * The three bad-input tests every servlet service runs, written once: a service's test class (a Spring Boot test on a
 * random port) implements this with its table's rows and the table they are sent through, and inherits them.
 * The request mappings come from the service's Spring context (the test method's parameter), so that
 * {@link Completeness} holds the rows to every endpoint the service serves.
 */
public interface BadInputTests {

    /** Random bodies per fuzz run: bounded, so that it runs in seconds. */
    int FUZZ_TRIES = 300;

    /** The service's table: one row an endpoint; may create data (a plan, a contact) the samples point at. */
    List<Row> rows();

    /** The table the rows are sent through, usually {@link BadInputTable#onLocalPort}. */
    BadInputTable table();

    @Test
    default void everyEndpointRefusesBadInputNamingTheFieldAndStoresNothing(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        table().checkEveryEndpoint(mappings, rows());
    }

    /** Every endpoint, asked for XML, CSV or vCard where it does not answer in them: 406, nothing done. */
    @Test
    default void everyEndpointRefusesAnAcceptItCannotAnswerBeforeDoingAnything(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        table().checkAcceptEveryEndpoint(mappings, rows());
    }

    /** Random command bodies (jqwik generators). */
    @Test
    default void randomCommandBodiesAreAcceptedOnlyWhenWellFormedAndNeverBreakTheService() {
        table().fuzz(rows(), FUZZ_TRIES);
    }
}
