package com.netfocus.support.importing;

/** The innermost cause of a parser's failure: the message that tells a person what is wrong with the file. */
public final class RootCause {

    private RootCause() {
    }

    public static String messageOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
