package com.netfocus.planning.objective;

import java.time.LocalDate;

/** An objective as written, before assessment. Any field may be missing (the live check assesses drafts). */
public record ObjectiveDraft(String statement, String outcome, String metric, Integer target, LocalDate deadline) {
}
