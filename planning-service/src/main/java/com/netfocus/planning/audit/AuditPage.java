package com.netfocus.planning.audit;

import java.util.List;

/** One page of the trail, and the cursor of the next page when there is more ({@code next}, null at the end). */
public record AuditPage(List<AuditEntry> items, String next) {
}
