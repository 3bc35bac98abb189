package com.netfocus.contracts.plan;

/** How a known person was approached for information gathering. */
public enum OutreachChannel {
    PHONE, EMAIL, IN_PERSON
}
