package com.netfocus.endtoend;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;

/** The web app in the browser, as a user works it: by labels' fields, buttons and the texts shown. */
final class AppPage {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(100);

    private final WebDriver browser;
    private final String appUrl;

    AppPage(WebDriver browser, String gatewayUrl) {
        this.browser = browser;
        this.appUrl = gatewayUrl + "/app/";
    }

    /** Opens a route of the app (e.g. "#/plans") as a bookmark would, fresh, and waits until it is drawn. */
    void open(String route) {
        if ((appUrl + route).equals(browser.getCurrentUrl())) {
            browser.navigate().refresh();
        } else {
            browser.get(appUrl + route);
        }
        until(() -> route.equals(browser.findElement(By.id("main")).getAttribute("data-rendered")) ? true : null);
    }

    /** The current page's heading, once the page is drawn. */
    String heading() {
        return until(() -> {
            if (browser.findElement(By.id("main")).getAttribute("data-rendered") == null) {
                return null;
            }
            List<WebElement> headings = browser.findElements(By.cssSelector("main h1"));
            return headings.isEmpty() || headings.get(0).getText().isBlank() ? null : headings.get(0).getText();
        });
    }

    WebElement find(String css) {
        return new WebDriverWait(browser, WAIT, POLL).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** Types into a text field, replacing what was there (keystrokes, so live feedback fires as for a user). */
    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date or time field (their keyboard formats follow the browser's locale) and tells the page. */
    void set(String css, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", find(css), value);
    }

    void select(String css, int index) {
        new Select(find(css)).selectByIndex(index);
    }

    /** Clicks the first shown button with these words inside the elements matching {@code scopeCss}. */
    void clickButton(String scopeCss, String words) {
        WebElement button = until(() -> browser.findElements(By.cssSelector(scopeCss)).stream()
                .flatMap(scope -> scope.findElements(By.xpath(".//button[normalize-space()=\"" + words + "\"]")).stream())
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        new WebDriverWait(browser, WAIT, POLL).until(ExpectedConditions.elementToBeClickable(button)).click();
    }

    /** Selects an option of a select by its visible words. */
    void choose(String css, String words) {
        new Select(find(css)).selectByVisibleText(words);
    }

    /** Whether the page is no wider than the viewport (nothing scrolls sideways). */
    boolean fitsTheWidth() {
        Number page = (Number) script("return document.documentElement.scrollWidth;");
        Number viewport = (Number) script("return window.innerWidth;");
        return page.intValue() <= viewport.intValue();
    }

    /** What the page's console reported since the last call, apart from the network's answers to refused requests. */
    List<String> consoleProblems() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                // a refusal the app shows (422, the 401 of a broken token) is logged by the browser as a failed load
                .filter(entry -> !entry.getMessage().contains("Failed to load resource"))
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .toList();
    }

    void click(String css) {
        WebElement element = find(css);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        new WebDriverWait(browser, WAIT, POLL).until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** The text of an element once it contains {@code expected}; fails after the wait with what it showed. */
    String waitForText(String css, String expected) {
        try {
            return until(() -> {
                List<WebElement> elements = browser.findElements(By.cssSelector(css));
                return elements.stream().map(WebElement::getText).filter(text -> text.contains(expected)).findFirst()
                        .orElse(null);
            });
        } catch (AssertionError e) {
            throw new AssertionError("'" + expected + "' never appeared in " + css + "; it shows: "
                    + browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList(), e);
        }
    }

    String text(String css) {
        return until(() -> find(css).getText());
    }

    List<String> texts(String css) {
        return until(() -> browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList());
    }

    /** Brings a section to the top of the viewport, for a screenshot of it. */
    void scrollTo(String css) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});", find(css));
    }

    Object script(String javascript) {
        return ((JavascriptExecutor) browser).executeScript(javascript);
    }

    /** Waits for a condition; on time-out says what the page showed and what its console logged. */
    <T> T until(Supplier<T> condition) {
        try {
            return new WebDriverWait(browser, WAIT, POLL)
                    // the app redraws a section after each change: an element read mid-redraw is read again
                    .ignoring(StaleElementReferenceException.class)
                    .until(driver -> condition.get());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("timed out at " + browser.getCurrentUrl() + "\npage: "
                    + browser.findElement(By.tagName("body")).getText() + "\nconsole: " + console(), e);
        }
    }

    private String console() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList().toString();
    }
}
