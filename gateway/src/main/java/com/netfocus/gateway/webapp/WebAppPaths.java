package com.netfocus.gateway.webapp;

/** Where the gateway serves the web app; GET on these needs no token (the app's API calls do). */
public final class WebAppPaths {

    public static final String ROOT = "/";
    public static final String APP = "/app";
    public static final String APP_PAGE = APP + "/";
    public static final String APP_FILES = APP + "/**";

    /** For the security configuration. */
    public static final String[] PUBLIC = {ROOT, APP, APP_PAGE, APP_FILES};

    /** Whether a request path is one of the app's files (or leads to them). */
    public static boolean isApp(String path) {
        return ROOT.equals(path) || APP.equals(path) || path.startsWith(APP_PAGE);
    }

    private WebAppPaths() {
    }
}
