package com.netfocus.catalog.orgcopies;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code netfocus.catalog.org-copies.*}: how long the recommendation's per-org copies are kept (see
 * {@link OrgCopies.Settings}).
 *
 * @param offers      the org's upcoming platforms: those added in this instance show at once, those another instance
 *                    added after about {@code refresh-after}
 * @param calibration the org's forecast calibration, from its logged attendance
 */
@ConfigurationProperties("netfocus.catalog.org-copies")
public record OrgCopiesProperties(OrgCopies.Settings offers, OrgCopies.Settings calibration) {
}
