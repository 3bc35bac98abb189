package com.netfocus.catalog.analytics;

/**
 * The names of the analytics collections under one prefix ({@link AnalyticsProperties#collectionPrefix()}); another
 * prefix is an independent copy (a rebuild beside the live one). {@code figuresOfLayout1} and
 * {@code platformsOfLayout1} are the collections of the first layout, which held every plan's figures in one
 * document per subject and month: present only until {@link AnalyticsLayoutUpgrade} has rebuilt the current layout
 * from the plans' facts.
 */
record AnalyticsCollections(String plans, String planFigures, String planLists, String subjects,
                            String figuresOfLayout1, String platformsOfLayout1) {

    AnalyticsCollections(String prefix) {
        this(prefix + "_plans", prefix + "_plan_figures", prefix + "_plan_lists", prefix + "_subjects",
                prefix + "_figures", prefix + "_platforms");
    }
}
