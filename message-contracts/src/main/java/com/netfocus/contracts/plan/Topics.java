package com.netfocus.contracts.plan;

/** Default topic names; each service reads the name from its configuration with these as defaults. */
public final class Topics {

    /** Every plan event, keyed by plan id. */
    public static final String PLAN_EVENTS = "netfocus.plan-events";

    /** Every catalog event (platforms listed), keyed by platform id. */
    public static final String CATALOG_EVENTS = "netfocus.catalog-events";

    /** Every contact registered (ids and org only), keyed by contact id. */
    public static final String CONTACT_EVENTS = "netfocus.contact-events";

    private Topics() {
    }
}
