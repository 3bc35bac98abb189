package com.netfocus.endtoend;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The system's chromium, headless, driven through chromium-driver (Debian: {@code apt-get install chromium
 * chromium-driver}; {@code ./test.sh} installs them). Found by system property, else on the PATH. Nothing is
 * downloaded: a missing browser fails the test with how to install it, it never skips.
 */
final class SystemChromium {

    static final String BROWSER_PROPERTY = "netfocus.browser.chromium";
    static final String DRIVER_PROPERTY = "netfocus.browser.chromedriver";
    private static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    private static final List<String> DRIVER_NAMES = List.of("chromedriver", "chromium-driver");
    private static final String INSTALL = "apt-get install -y chromium chromium-driver";
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(20);

    private SystemChromium() {
    }

    /** A headless browser whose viewport is {@code window}, in UTC and English, so that times read the same everywhere. */
    static ChromeDriver start(Dimension window) {
        Path browser = locate(BROWSER_PROPERTY, BROWSER_NAMES, "chromium");
        Path driver = locate(DRIVER_PROPERTY, DRIVER_NAMES, "chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=en-GB", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=" + window.getWidth() + "," + window.getHeight());
        // the page's console (script errors, refused resources) is kept, to explain a failing step
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "UTC"))
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(SCRIPT_TIMEOUT);
        resizeViewport(chrome, window);
        return chrome;
    }

    /** Makes the page's viewport (not the window around it) this size, so screenshots are exactly that big. */
    static void resizeViewport(ChromeDriver chrome, Dimension viewport) {
        chrome.manage().window().setSize(viewport);
        Number innerWidth = (Number) chrome.executeScript("return window.innerWidth;");
        Number innerHeight = (Number) chrome.executeScript("return window.innerHeight;");
        chrome.manage().window().setSize(new Dimension(2 * viewport.getWidth() - innerWidth.intValue(),
                2 * viewport.getHeight() - innerHeight.intValue()));
    }

    static Path locate(String property, List<String> names, String what) {
        String configured = System.getProperty(property);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (Files.isExecutable(path)) {
                return path;
            }
            throw new IllegalStateException(property + "=" + configured + " is not an executable " + what);
        }
        return onPath(names).orElseThrow(() -> new IllegalStateException("No " + what + " found on the PATH ("
                + String.join(", ", names) + "). The browser tests need Debian's chromium and chromium-driver: run `"
                + INSTALL + "` as root (or ./test.sh, which installs them), or point -D" + property
                + "=/path/to/" + what + " at one."));
    }

    private static Optional<Path> onPath(List<String> names) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : names) {
            for (String folder : path.split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (!folder.isBlank() && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
