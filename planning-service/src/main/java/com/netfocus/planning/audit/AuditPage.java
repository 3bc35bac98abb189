package com.netfocus.planning.audit;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One page of the trail, and the cursor of the next page when there is more ({@code next}, null at the end). */
public record AuditPage(List<AuditEntry> items,
                        @Schema(description = "The cursor of the next page; null at the end",
                                example = "YTF8MTc4MDM4ODA0MTAwN3xjb250YWN0fDVjMmQ5ZThm") String next) {
}
