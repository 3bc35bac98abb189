package com.netfocus.infrastructure.testing.badinput;

/**
 * One bad (or awkward but valid) request and what it must get.
 *
 * @param field  the field, parameter, path variable or header the answer must name; null: any
 * @param stored for a case that must be accepted, the text that must then be found in the store ("" when the
 *               endpoint stores nothing); null for a refusal
 * @param sealed the accepted text is a personal field, kept encrypted: it must be read back intact through the API
 *               and must NOT appear in the store as it was sent
 * @param status the exact status a refusal must get (409 for what is already recorded, 406 for an Accept header
 *               naming nothing the endpoint answers in); 0: any 4xx
 * @param accept the Accept header to send; null: none
 */
public record Case(String row, String description, String method, String uri, String contentType, byte[] body,
                   String field, String stored, java.util.Map<String, String> pathVariables, boolean sealed,
                   int status, String accept) {

    public Case(String row, String description, String method, String uri, String contentType, byte[] body,
                String field, String stored, java.util.Map<String, String> pathVariables, boolean sealed) {
        this(row, description, method, uri, contentType, body, field, stored, pathVariables, sealed, 0, null);
    }

    public Case(String row, String description, String method, String uri, String contentType, byte[] body,
                String field, String stored, java.util.Map<String, String> pathVariables) {
        this(row, description, method, uri, contentType, body, field, stored, pathVariables, false);
    }

    public Case(String row, String description, String method, String uri, String contentType, byte[] body,
                String field, String stored) {
        this(row, description, method, uri, contentType, body, field, stored, java.util.Map.of());
    }

    public boolean mustBeRefused() {
        return stored == null;
    }

    @Override
    public String toString() {
        return row + ": " + description;
    }
}
