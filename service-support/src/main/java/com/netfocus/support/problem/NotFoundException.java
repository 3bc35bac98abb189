package com.netfocus.support.problem;

/**
 * The thing asked for does not exist, or belongs to another org: both answer 404 so that ids of other
 * orgs cannot be probed.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, String id) {
        super(kind + " " + id + " was not found");
    }
}
