package com.netfocus.gateway.problem;

/** One reason a request was refused: the field and why (same shape as the services' problem responses). */
public record FieldError(String field, String reason) {
}
