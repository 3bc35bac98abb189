package com.netfocus.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.infrastructure.stack.GatewayClient;
import com.netfocus.infrastructure.stack.LocalStack;
import com.netfocus.infrastructure.stack.RunningStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The web app in a real browser (the system's chromium, headless): a rep takes a fresh plan from objective to
 * attendance and follow-up, and a manager and an admin read their dashboards, on the suite started as command one
 * starts it (free ports, demo data). Screenshots of each main page go to target/screenshots and docs/screenshots.
 * {@code -Dnetfocus.browser.gateway-url=http://localhost:8080} runs it against a stack already running instead.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    private static final Dimension DESKTOP = new Dimension(1280, 800);
    private static final Dimension PHONE = new Dimension(360, 800);
    private static final Duration PROJECTION_WAIT = Duration.ofSeconds(30);
    private static final String ORG = "demo-org";
    private static final String TEAM = "team-north";
    private static final String REP = "browser-rep";
    private static final String PLAN_TITLE = "Open doors at Nordic grocers";
    private static final String BREAKFAST = "Retail Procurement Leaders Breakfast";
    private static final String TRADE_SHOW = "Nordic Retail Trade Show";
    private static final String FOCUSED = "Learn from procurement directors in Nordic retail which supply-chain "
            + "problems they will budget for next year";

    private static RunningStack stack;
    private static String gatewayUrl;
    private static ChromeDriver browser;
    private static AppPage app;
    private static Screenshots screenshots;
    private static String planRoute;
    /** When the breakfast's programme began: the demo loads it under way. */
    private static Instant breakfastStart;

    @BeforeAll
    static void startTheSuiteAndTheBrowser() throws Exception {
        // the browser first: without chromium the test fails at once, saying how to install it
        browser = SystemChromium.start(DESKTOP);
        gatewayUrl = System.getProperty("netfocus.browser.gateway-url");
        if (gatewayUrl == null || gatewayUrl.isBlank()) {
            stack = LocalStack.start(TestStacks.onFreePorts(Files.createTempDirectory("netfocus-browser")));
            gatewayUrl = stack.gatewayUrl();
        }
        app = new AppPage(browser, gatewayUrl);
        screenshots = Screenshots.forThisBuild();
        // a contact the rep already knows, who fits the target the rep will name: "start with the people you know"
        GatewayClient client = new GatewayClient(gatewayUrl);
        String rep = client.devToken(REP, ORG, TEAM, List.of("REP"));
        client.post("/api/v1/contacts", rep, Map.of("name", "Lena Dahl", "company", "Coop Nord",
                "function", "Procurement", "position", "Director", "industry", "Retail")).expect(201);
    }

    @AfterAll
    static void stopEverything() {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void a_rep_completes_the_chain_from_a_fresh_plan_to_attendance() {
        signIn(REP, "REP");
        assertThat(app.heading()).isEqualTo("Your networking plans");

        // a plan with a small budget: 6 hours, from yesterday (the breakfast under way may have begun last night)
        app.type("#create-plan-form [name=title]", PLAN_TITLE);
        app.set("#create-plan-form [name=periodStart]", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
        app.type("#create-plan-form [name=hoursBudget]", "6");
        screenshots.take(browser, "plans");
        app.click("#create-plan-form button[type=submit]");
        assertThat(app.waitForText("#plan-title", PLAN_TITLE)).isEqualTo(PLAN_TITLE);
        planRoute = (String) app.script("return window.location.hash;");
        assertThat(app.text("#hours-budgeted")).isEqualTo("6");
        assertThat(app.text("#plan-figures")).contains("OPEN");

        // why: an unfocused reason gets live feedback while typing, and is refused with its reasons
        String deadline = LocalDate.now(ZoneOffset.UTC).plusMonths(2).toString();
        app.type("#objective-form [name=statement]", "I am just networking");
        app.type("#objective-form [name=outcome]", "Meet people");
        app.type("#objective-form [name=metric]", "people met");
        app.type("#objective-form [name=target]", "4");
        app.set("#objective-form [name=deadline]", deadline);
        // the checks follow the typing: the last one has the whole draft
        app.waitForText("#smart-live [data-criterion=timely]", "Timely: met");
        assertThat(app.text("#smart-live [data-criterion=measurable]")).contains("Measurable: met");
        assertThat(app.text("#smart-live [data-criterion=specific]")).contains("Specific: not met")
                .contains("is an unfocused reason, not an objective");
        app.click("#objective-form button[type=submit]");
        assertThat(app.waitForText("#objective-form .form-problem", "statement")).contains("unfocused");
        assertThat(app.find("#objective-form [name=statement]").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(app.texts("#objective-form .field-error")).anyMatch(error -> error.contains("unfocused"));
        app.scrollTo("#why");
        screenshots.take(browser, "objective-refused");
        assertThat(app.texts("#objectives li")).isEmpty();

        // ... a focused one turns the feedback green and is defined
        app.type("#objective-form [name=statement]", FOCUSED);
        app.type("#objective-form [name=outcome]", "Three discovery meetings for next quarter's pipeline");
        app.type("#objective-form [name=metric]", "procurement directors met");
        app.waitForText("#smart-live [data-criterion=specific]", "Specific: met");
        assertThat(app.texts("#objective-form .field-error")).as("the corrected field's error is gone").isEmpty();
        app.scrollTo("#objective-form");
        screenshots.take(browser, "objective-live-feedback");
        app.click("#objective-form button[type=submit]");
        assertThat(app.waitForText("#objectives li", FOCUSED)).contains("Progress 0 of 4");

        // who: the kind of person the objective needs; the contact who fits is listed as someone already known
        assertThat(app.find("#target-form [name=contactId]").isDisplayed()).as("a kind of person is the default").isFalse();
        app.type("#target-form [name='profile.function']", "Procurement");
        app.type("#target-form [name='profile.position']", "Director");
        app.type("#target-form [name='profile.industry']", "Retail");
        app.type("#target-form [name=rationale]", "They own supplier decisions");
        app.click("#target-form button[type=submit]");
        app.waitForText("#who .targets li", "Director Procurement in Retail");
        assertThat(app.waitForText("#known-matches", "Lena Dahl")).contains("Coop Nord");

        // where: upcoming platforms ranked by target people per hour, with the why; over the budget is refused with
        // the reason
        assertThat(app.waitForText("#recommendations li", TRADE_SHOW)).contains("Score").contains("Serves: Director Procurement in Retail");
        List<Double> scores = app.texts("#recommendations > ol > li").stream()
                .map(item -> Double.parseDouble(item.replaceAll("(?s).*Score ([0-9.,]+).*", "$1").replace(",", "")))
                .toList();
        assertThat(scores).as("best first").isSortedAccordingTo(Comparator.reverseOrder());
        // the trade show takes 8 h with the early and late half hours: more than the plan's 6
        String refused = chooseRecommended(TRADE_SHOW);
        assertThat(app.waitForText(refused + " .form-problem", "exceeds the budget of 6.00 h"))
                .contains("choosing it plans 8.00 h");
        app.click(refused + " .actions button");
        // the breakfast is under way: no longer recommended (the web app chooses among the recommendations), but
        // still open to be chosen, as an API client does, until its programme ends
        chooseUnderWay(BREAKFAST);
        app.open(planRoute);
        app.waitForText("#chosen-platforms", BREAKFAST);
        assertThat(app.text("#hours-planned")).isEqualTo("2.5");
        app.scrollTo("#where");
        screenshots.take(browser, "plan-where");

        // attend: arrival and departure default to the planned 30 minutes early and late; two people met, a follow-up
        // promised
        app.type("#attendance-form [name='contactsMet[0].name']", "Karin Holm");
        app.type("#attendance-form [name='contactsMet[0].company']", "ICA Sverige");
        app.type("#attendance-form [name='contactsMet[0].function']", "Procurement");
        app.type("#attendance-form [name='contactsMet[0].position']", "Director");
        app.type("#attendance-form [name='contactsMet[0].industry']", "Retail");
        app.select("#attendance-form [name='contactsMet[0].targetId']", 1);
        app.click("#attendance-form button.secondary");
        app.type("#attendance-form [name='contactsMet[1].name']", "Per Ek");
        app.type("#attendance-form [name='contactsMet[1].company']", "Axfood");
        app.select("#attendance-form [name='contactsMet[1].targetId']", 1);
        app.type("#attendance-form [name='followUps[0].personName']", "Karin Holm");
        app.type("#attendance-form [name='followUps[0].action']", "Book a discovery meeting");
        app.type("#attendance-form [name=notes]", "Best talk was at the coffee table before the programme");
        app.scrollTo("#attendance-form");
        app.click("#attendance-form button[type=submit]");
        // the planned late stay lies ahead: attendance is logged once it has happened
        assertThat(app.waitForText("#attendance-form .form-problem", "leftAt")).contains("lies in the future");
        // the rep left an hour into the programme (before the demo loaded the breakfast's first hour was over)
        app.set("#attendance-form [name=leftAt]", (String) app.script(localInput(breakfastStart.plus(Duration.ofHours(1)))));
        app.click("#attendance-form button[type=submit]");
        assertThat(app.waitForText("#attendance-list", "People met (2)"))
                .contains("Karin Holm (ICA Sverige)", "Per Ek (Axfood)")
                .contains("arrived 30 min before the programme, stayed 0 min after");
        assertThat(app.text("#hours-spent")).isEqualTo("1.5");
        assertThat(app.text("#plan-figures")).contains("ACTIVE");
        assertThat(app.waitForText("#plan-follow-ups", "Book a discovery meeting")).contains("Karin Holm");
        app.scrollTo("#attendance");
        screenshots.take(browser, "plan-attendance");
        assertThat(app.script("return [...document.querySelectorAll('main input, main select, main textarea')]"
                + ".filter(control => control.type !== 'hidden' && control.labels.length === 0"
                + " && !control.getAttribute('aria-label')).map(control => control.name);"))
                .as("every field of the plan page has a label").asList().isEmpty();

        // the calendar link gives the chosen platform, blocked from 30 minutes early to 30 minutes late
        String calendar = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('calendar-link').href, {headers: {Authorization: 'Bearer '"
                + " + sessionStorage.getItem('netfocus.token')}}).then(answer => answer.text()).then(done);");
        assertThat(calendar).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:" + BREAKFAST).contains("DTSTART:");

        // the history: every step as an event, oldest first
        app.waitForText("#history-section", "5 of 5 events");
        assertThat(app.find("#history-section button").isDisplayed()).as("nothing more to show").isFalse();
        assertThat(app.texts("#history .event-type")).containsExactly("Plan opened", "Objective defined",
                "Target identified", "Platform chosen", "Event attended");
        assertThat(app.texts("#history li")).allMatch(entry -> entry.contains("by " + REP));
        app.scrollTo("#history-section");
        screenshots.take(browser, "plan-history");

        // the follow-up reaches the rep's list (contact-service, fed from the events)
        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            app.open("#/follow-ups");
            assertThat(app.text("main table")).contains("Book a discovery meeting").contains("Karin Holm");
        });
        screenshots.take(browser, "follow-ups");

        // the rep's own figures
        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            app.open("#/dashboard/rep");
            assertThat(figure("peopleMet")).isEqualTo("2");
        });
        assertThat(figure("plans")).isEqualTo("1");
        assertThat(figure("hoursSpent")).isEqualTo("1.5");
        screenshots.take(browser, "dashboard-rep");
    }

    @Test
    @Order(2)
    void a_manager_sees_the_team_dashboard_with_the_teams_figures() {
        signIn("demo-manager", "MANAGER");
        assertThat(app.heading()).isEqualTo("Team dashboard");
        // by hand: the demo team (docs/analytics.md, "Demo data: what the dashboards should show": 3 plans, 70 h
        // budgeted, 22.08 planned, 11.33 spent, 4 chosen, 3 attended, 8 people met of whom 5 target people, 4
        // follow-ups) plus the browser rep's plan (6 h, the breakfast for 2.5 h, attended for 1.5 h, 2 people met,
        // both target people, 1 follow-up)
        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            app.open("#/dashboard/team");
            assertThat(figure("peopleMet")).isEqualTo("10");
        });
        assertThat(figure("plans")).isEqualTo("4");
        assertThat(figure("objectivesDefined")).isEqualTo("5");
        assertThat(figure("hoursBudgeted")).isEqualTo("76");
        assertThat(figure("hoursPlanned")).isEqualTo("24.58");
        assertThat(figure("hoursSpent")).isEqualTo("12.83");
        assertThat(figure("platformsChosen")).isEqualTo("5");
        assertThat(figure("platformsAttended")).isEqualTo("4");
        assertThat(figure("targetPeopleMet")).isEqualTo("7");
        assertThat(figure("followUpsScheduled")).isEqualTo("5");
        List<String> members = app.texts("#team-members tbody tr");
        assertThat(members).anyMatch(row -> row.startsWith(REP + " 1 1 "));
        assertThat(members).anyMatch(row -> row.startsWith("demo-rep 1 2 "));
        assertThat(members).hasSize(4);
        assertThat(app.text("#team-members")).contains(REP);
        assertThat(app.texts("main .csv")).contains("Download summary (CSV)", "Download team-members (CSV)");
        screenshots.take(browser, "dashboard-team");
    }

    @Test
    @Order(3)
    void an_admin_sees_the_org_dashboard_with_platform_roi() {
        signIn("demo-admin", "ADMIN");
        assertThat(app.heading()).isEqualTo("Organisation dashboard");
        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            app.open("#/dashboard/org");
            assertThat(app.text("#platform-roi")).contains(BREAKFAST);
        });
        assertThat(figure("plans")).isEqualTo("4");
        app.scrollTo("#roi-heading");
        screenshots.take(browser, "dashboard-org");
    }

    @Test
    @Order(4)
    void the_plan_fits_a_phone_screen() {
        signIn(REP, "REP");
        SystemChromium.resizeViewport(browser, PHONE);
        try {
            app.open(planRoute);
            app.waitForText("#attendance-list", "Karin Holm");
            Number pageWidth = (Number) app.script("return document.documentElement.scrollWidth;");
            Number viewport = (Number) app.script("return window.innerWidth;");
            assertThat(pageWidth.intValue()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(viewport.intValue());
            screenshots.take(browser, "phone-plan");
        } finally {
            SystemChromium.resizeViewport(browser, DESKTOP);
        }
    }

    private static void signIn(String user, String role) {
        app.open("#/sign-in");
        assertThat(app.heading()).isEqualTo("Sign in");
        if ("REP".equals(role) && REP.equals(user) && planRoute == null) {
            screenshots.take(browser, "sign-in");
            // a new page puts the focus on its heading; the keyboard goes on from there to the page's first control
            assertThat(app.script("return document.activeElement.tagName;")).isEqualTo("H1");
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            assertThat(app.script("return document.activeElement.textContent;")).isEqualTo("Fill in: Demo rep");
        }
        app.type("#dev-token-form [name=sub]", user);
        app.type("#dev-token-form [name=org]", ORG);
        app.type("#dev-token-form [name=team]", TEAM);
        for (String each : List.of("REP", "MANAGER", "ADMIN")) {
            boolean checked = app.find("#dev-token-form [data-role=" + each + "]").isSelected();
            if (checked != each.equals(role)) {
                app.click("#dev-token-form [data-role=" + each + "]");
            }
        }
        app.click("#dev-token-form button[type=submit]");
        assertThat(app.waitForText("#signed-in-as", "Signed in as " + user)).contains(role);
    }

    /**
     * Chooses the demo catalog's platform of that name, under way, for the plan's target, 30 minutes early and late,
     * through the API; remembers when its programme began.
     */
    private static void chooseUnderWay(String name) {
        GatewayClient client = new GatewayClient(gatewayUrl);
        String token = (String) app.script("return sessionStorage.getItem('netfocus.token');");
        JsonNode platform = null;
        for (JsonNode item : client.get("/api/v1/platforms?size=100", token).expect(200).body().get("items")) {
            if (item.get("name").asText().equals(name)) {
                platform = item;
            }
        }
        assertThat(platform).as(name + " in the demo catalog").isNotNull();
        breakfastStart = Instant.parse(platform.get("programStartsAt").asText());
        String planId = planRoute.substring(planRoute.lastIndexOf('/') + 1);
        String targetId = client.get("/api/v1/plans/" + planId, token).expect(200).body().get("targets").get(0)
                .get("targetId").asText();
        client.post("/api/v1/plans/" + planId + "/platforms", token, Map.of("platformId",
                platform.get("platformId").asText(), "targetIds", List.of(targetId), "arriveEarlyMinutes", 30,
                "stayLateMinutes", 30)).expect(201);
    }

    /** A script giving the moment as the browser's date-and-time inputs take it (local time, to the minute). */
    private static String localInput(Instant moment) {
        return "const d = new Date('" + moment + "'); const p = (n) => String(n).padStart(2, '0');"
                + " return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:"
                + "${p(d.getMinutes())}`;";
    }

    /** Opens the choice of a recommended platform, submits it with the targets it serves; its item's selector. */
    private static String chooseRecommended(String name) {
        app.until(() -> app.texts("#recommendations li h3").stream().anyMatch(title -> title.startsWith(name)) ? true : null);
        int position = app.texts("#recommendations > ol > li h3").stream().map(title -> title.startsWith(name)).toList()
                .indexOf(true) + 1;
        String item = "#recommendations > ol > li:nth-child(" + position + ")";
        app.click(item + " .actions button");
        app.click(item + " .choose-form button[type=submit]");
        return item;
    }

    /** A figure of the dashboard's totals, as shown. */
    private static String figure(String key) {
        return app.text("#totals [data-key=" + key + "] dd");
    }
}
