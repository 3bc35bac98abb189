package com.netfocus.catalog.teams;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the team coverage and portfolio, bound from {@code netfocus.catalog.teams}.
 *
 * @param defaultWindowDays days of coverage from today when a request names no window end
 * @param maxWindowDays     the longest window a request may ask for (longer: 400 naming {@code to})
 * @param gapPlatforms      upcoming platforms suggested for each gap
 */
@ConfigurationProperties("netfocus.catalog.teams")
public record TeamProperties(int defaultWindowDays, int maxWindowDays, int gapPlatforms) {

    public TeamProperties {
        if (maxWindowDays < 1 || defaultWindowDays < 1 || defaultWindowDays > maxWindowDays) {
            throw new IllegalArgumentException("netfocus.catalog.teams needs 1 <= default-window-days <= "
                    + "max-window-days");
        }
        if (gapPlatforms < 0) {
            throw new IllegalArgumentException("netfocus.catalog.teams.gap-platforms must not be negative");
        }
    }
}
