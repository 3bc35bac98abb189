package com.netfocus.reconciliation;

/**
 * {@code ./reconcile.sh [--json]}: prints every difference between the event store, Kafka and the projections.
 * Exit code 0 when they agree, 1 when they differ, 2 when a store could not be read.
 */
public final class Reconcile {

    static final int AGREE = 0;
    static final int DIFFER = 1;
    static final int FAILED = 2;

    private Reconcile() {
    }

    public static void main(String[] args) {
        ReconciliationSettings settings;
        try {
            settings = ReconciliationSettings.fromCommandLine(System.getenv(), args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "; usage: reconcile.sh [--json] [--planning-db=] [--catalog-db=] "
                    + "[--contact-db=] [--topic=] [--timeout-seconds=]");
            System.exit(FAILED);
            return;
        }
        try {
            ReconciliationReport report = Reconciliation.run(settings);
            System.out.println(settings.json() ? report.json() : report.text());
            System.exit(report.agrees() ? AGREE : DIFFER);
        } catch (RuntimeException e) {
            System.err.println("reconciliation failed: " + e);
            System.exit(FAILED);
        }
    }
}
