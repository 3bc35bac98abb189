package com.netfocus.contact.matching;

import java.util.List;

/**
 * The known contacts per profile target of a plan. {@code appliedSequence} is the plan's last event
 * reflected, so a client that just added a target can wait until it shows here.
 */
public record KnownMatchesView(String planId, long appliedSequence, List<TargetMatches> matches) {
}
