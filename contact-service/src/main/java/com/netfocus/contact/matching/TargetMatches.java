package com.netfocus.contact.matching;

import com.netfocus.contact.contact.ContactView;
import com.netfocus.contracts.plan.TargetProfile;

import java.util.List;

/** One profile target and the plan owner's contacts whose function, position and industry fit it, by name. */
public record TargetMatches(String targetId, String objectiveId, TargetProfile profile, List<ContactView> contacts) {
}
