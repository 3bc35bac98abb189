package com.netfocus.gateway.apidocs;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;

/**
 * What one service behind a route said of its endpoints: its OpenAPI description, or why it could not be read.
 *
 * @param service  the route's id (planning, catalog, contact)
 * @param document the service's description; empty when it could not be read
 * @param failure  why it could not be read; null when it was
 */
record ServiceDescription(String service, Optional<ObjectNode> document, String failure) {

    static ServiceDescription read(String service, ObjectNode document) {
        return new ServiceDescription(service, Optional.of(document), null);
    }

    static ServiceDescription unreadable(String service, String failure) {
        return new ServiceDescription(service, Optional.empty(), failure);
    }
}
