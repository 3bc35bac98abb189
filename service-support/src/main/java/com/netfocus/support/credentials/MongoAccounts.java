package com.netfocus.support.credentials;

import com.mongodb.MongoCredential;

/** MongoDB users of the services: a name and a database from the configuration, a password from a secret file. */
public final class MongoAccounts {

    private MongoAccounts() {
    }

    /** {@code user}, defined in {@code database}, with {@code password} (the mechanism is negotiated: SCRAM). */
    public static MongoCredential user(String user, String database, String password) {
        return MongoCredential.createCredential(user, database, password.toCharArray());
    }

    /**
     * Whether a user is configured: both its name and its password, or neither.
     *
     * @throws IllegalStateException when only one of them is set, naming the missing one
     */
    public static boolean isComplete(String userProperty, String user, String passwordProperty, String password) {
        boolean named = user != null && !user.isEmpty();
        boolean secret = password != null && !password.isEmpty();
        if (named && !secret) {
            throw new IllegalStateException(userProperty + " is set but its password is not: put it in the secret file "
                    + passwordProperty + " (see docs/operations.md, Deployment)");
        }
        if (secret && !named) {
            throw new IllegalStateException(passwordProperty + " is set but " + userProperty + " is not");
        }
        return named;
    }
}
