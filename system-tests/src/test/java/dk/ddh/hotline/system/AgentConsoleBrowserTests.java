package dk.ddh.hotline.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.RequestOptions;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The agent console in Chromium through the gateway of the {@link Platform running platform}: logged in at the identity
 * provider, a call arriving live from the phone platform, Danish guide search, the resolution boundary, the wrap-up with
 * the CPR guard, logout; and the walls seen from a browser session.
 */
class AgentConsoleBrowserTests {

    private static final String HEALTH_APP_LINE = "+4570101085";

    private static Platform platform;

    @BeforeAll
    static void theRegionsHealthAppLineWithItsMinSpGuide() throws Exception {
        platform = Platform.running();
        String ddh = platform.token("demo-ddh-admin");
        platform.registerMemberIfAbsent("1085", "Region Sjælland", "REGION");
        HttpResponse<String> line = platform.send("POST", "/api/membership/v1/members/1085/lines", ddh, """
                {"number": "70 10 10 85", "scope": "HEALTH_APPS"}""");
        assertThat(line.statusCode()).as(line.body()).isIn(201, 409);
        platform.awaitInCallLog(
                "the region's health-app line",
                "select count(*) from known_line where number = '" + HEALTH_APP_LINE + "'",
                1);
        String region = platform.token("demo-region-admin");
        HttpResponse<String> written =
                platform.awaitAccepted(() -> platform.send("POST", "/api/guides/v1/guides", region, """
                {"owner": "1085", "title": "MinSP – teknisk fejl eller brug af appen", "audience": "AGENT",
                 "systems": ["MinSundhedsplatform"],
                 "body": "**Formål:** hvad DDH løser om MinSP.\\n\\n1. Hjælp med at finde aftaler.\\n2. Fejl i appen går til teknisk support.",
                 "resolutions": [{"inquiryType": "brug-af-appen", "outcome": "DDH_RESOLVES"},
                                 {"inquiryType": "teknisk-fejl", "outcome": "ESCALATE", "target": "region-sjaelland-minsp-support"}]}"""));
        String revision =
                "/api/guides/v1/guides/" + Platform.json(written).get("guideId").asString() + "/revisions/1";
        assertThat(platform.send("POST", revision + "/submit", region, "{}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> approved = platform.send("POST", revision + "/approve", ddh, platform.approval(ddh));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    }

    @Test
    void everyDemoUserLogsInAndIsGreetedByNameAndRoleInDanish() {
        // The demo users of docs/identity.md: who answers calls gets the agent console, the others their welcome.
        List<List<String>> users = List.of(
                List.of("agent.greve", "Mette Hansen", "Rådgiver", "Rådgiverkonsol"),
                List.of("supervisor.greve", "Lars Jensen", "Supervisor", "Rådgiverkonsol"),
                List.of("admin.greve", "Anne Nielsen", "Kommuneadministrator", "Velkommen, Anne Nielsen"),
                List.of("agent.koege", "Søren Pedersen", "Rådgiver", "Rådgiverkonsol"),
                List.of("supervisor.koege", "Camilla Larsen", "Supervisor", "Rådgiverkonsol"),
                List.of("admin.koege", "Peter Sørensen", "Kommuneadministrator", "Velkommen, Peter Sørensen"),
                List.of("admin.region", "Helle Christensen", "Regionsadministrator", "Velkommen, Helle Christensen"),
                List.of("admin.ddh", "Jens Andersen", "DDH-administrator", "Velkommen, Jens Andersen"));
        for (List<String> user : users) {
            try (BrowserContext browser = Browser.running().newContext()) {
                Page page = Browser.logIn(browser, platform, user.get(0));
                assertThat(page.locator("header .top__person")).containsText(user.get(1) + " " + user.get(2));
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                        .hasText(user.get(3));
                Browser.assertAccessible(page);
            }
        }
    }

    @Test
    void anAgentTakesALiveCallFindsTheGuideSeesItsBoundaryAndWrapsUpWithoutACprNumber() {
        try (BrowserContext browser = Browser.running().newContext()) {
            Page console = Browser.logIn(browser, platform, "agent.greve");
            assertThat(console.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rådgiverkonsol")))
                    .isVisible();
            assertThat(console.locator("#opkald-status")).hasText("Forbundet. Nye opkald vises her med det samme.");
            Browser.assertAccessible(console);

            String callId = "browser-" + UUID.randomUUID();
            cti(callId, """
                    {"type": "OFFERED", "at": "%s", "dialledNumber": "70 10 10 85", "callerNumber": "+45 21 22 23 24"}""".formatted(java.time.Instant.now().minusSeconds(20)));
            cti(callId, """
                    {"type": "ANSWERED", "at": "%s", "agent": "agent.greve", "agentMemberId": "253"}""".formatted(java.time.Instant.now()));

            Locator call = console.locator("#opkald-liste > li.kort").first();
            assertThat(call).containsText("Region Sjælland");
            assertThat(call).containsText("Sundhedsapps");
            assertThat(call).containsText("70 10 10 85");
            assertThat(console.locator("#soeg-kontekst")).containsText("Region Sjælland");
            // A second tab of the same agent, opened after the call was answered, catches up from call-log.
            Page secondTab = browser.newPage();
            secondTab.navigate(Browser.consoleUrl(platform));
            assertThat(secondTab.locator("#opkald-liste > li.kort").first()).containsText("Region Sjælland");
            assertThat(secondTab.locator("#opkald-liste > li.kort"))
                    .hasCount(console.locator("#opkald-liste > li.kort").count());
            secondTab.close();

            console.getByLabel("Søg i guider").pressSequentially("minsp teknisk fejl");
            Locator hit = console.locator("#soegeresultater .hit__titel").first();
            assertThat(hit).containsText("MinSP");
            hit.click();
            Locator boundary = console.locator(".graense");
            assertThat(boundary).containsText("DDH løser");
            assertThat(boundary).containsText("Viderestil til Region sjaelland minsp support");
            assertThat(call.locator(".brugte-guider__liste")).containsText("MinSP");
            Browser.assertAccessible(console);
            Browser.screenshot(console, "agent-console-call-and-guide");

            call.getByLabel("Løst").check();
            call.getByLabel("MinSundhedsplatform").check();
            String notes = "Borgeren fandt ikke aftalen. CPR 010203-1234 nævnt.";
            call.getByLabel("Noter").fill(notes);
            call.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Registrér kontakten"))
                    .click();
            Locator refused = console.locator("#opkald-liste > li.kort").first();
            assertThat(refused.locator(".felt-fejl").last()).containsText("CPR-nummer");
            assertThat(refused.getByLabel("Noter")).hasValue(notes);
            assertThat(refused.getByLabel("Løst")).isChecked();
            Browser.assertAccessible(console);
            Browser.screenshot(console, "agent-console-cpr-refused");

            refused.getByLabel("Noter").fill("Borgeren fandt ikke aftalen i MinSP; vist hvor den ligger.");
            refused.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Registrér kontakten"))
                    .click();
            assertThat(console.locator("#opkald-liste > li").first()).containsText("Kontakten er registreret som løst");

            List<Cookie> session = browser.cookies();
            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud"))
                    .click();
            assertThat(console.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Du er logget ud")))
                    .isVisible();
            Browser.assertAccessible(console);

            try (BrowserContext replay = Browser.running().newContext()) {
                replay.addCookies(session);
                APIResponse api = replay.request().get(Browser.gatewayUrl(platform) + "/api/call-log/v1/contacts/open");
                assertThat(api.status()).isEqualTo(401);
                Page page = replay.newPage();
                page.navigate(Browser.consoleUrl(platform));
                assertThat(page.getByLabel("Brugernavn")).isVisible();
            }
        }
    }

    @Test
    void anotherMunicipalitysAdminIsRefusedGrevesDraftThroughItsBrowserSession() throws Exception {
        String greve = platform.token("demo-admin-greve");
        platform.registerMemberIfAbsent("253", "Greve Kommune", "MUNICIPALITY");
        HttpResponse<String> written =
                platform.awaitAccepted(() -> platform.send("POST", "/api/guides/v1/guides", greve, """
                {"owner": "253", "title": "Greves kladde om beboerparkering", "audience": "AGENT", "systems": ["borger.dk"],
                 "body": "Formål: kladde.", "resolutions": []}"""));
        String draftId = Platform.json(written).get("guideId").asString();

        try (BrowserContext browser = Browser.running().newContext()) {
            Page page = Browser.logIn(browser, platform, "admin.koege");
            page.navigate(Browser.gatewayUrl(platform) + "/konsol/guider/" + draftId);
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Det findes ikke");
            assertThat(page.content()).doesNotContain("beboerparkering");
            Browser.assertAccessible(page);

            APIResponse read = browser.request().get(Browser.gatewayUrl(platform) + "/api/guides/v1/guides/" + draftId);
            assertThat(read.status()).isEqualTo(404);
            assertThat(read.headers().get("content-type")).startsWith("application/problem+json");

            String csrf = browser.cookies().stream()
                    .filter(cookie -> cookie.name.equals("XSRF-TOKEN"))
                    .findFirst()
                    .orElseThrow()
                    .value;
            APIResponse write = browser.request()
                    .post(
                            Browser.gatewayUrl(platform) + "/api/guides/v1/guides",
                            RequestOptions.create()
                                    .setHeader("X-XSRF-TOKEN", csrf)
                                    .setHeader("Content-Type", "application/json")
                                    .setData("""
                                            {"owner": "253", "title": "Køge skriver for Greve", "audience": "AGENT",
                                             "systems": ["borger.dk"], "body": "Formål: nej.", "resolutions": []}"""));
            assertThat(write.status()).as(write.text()).isEqualTo(403);
            assertThat(write.headers().get("content-type")).startsWith("application/problem+json");

            APIResponse withoutCsrf = browser.request()
                    .post(
                            Browser.gatewayUrl(platform) + "/api/guides/v1/guides",
                            RequestOptions.create()
                                    .setHeader("Content-Type", "application/json")
                                    .setData("{}"));
            assertThat(withoutCsrf.status()).isEqualTo(403);
            assertThat(withoutCsrf.text()).contains("csrf-token-invalid");
        }
    }

    @Test
    void anAgentTakesACourseInTheConsoleAndGainsItsCompetency() {
        String ddh = platform.token("demo-ddh-admin");
        String title = "Min Læge for rådgivere " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> written = platform.send("POST", "/api/guides/v1/courses", ddh, """
                {"owner": "common", "title": "%s", "description": "Hvad Min Læge-appen bruges til.",
                 "competency": "MIN_LAEGE", "passThreshold": 100,
                 "lessons": [{"title": "Appens formål", "text": "Min Læge bruges til at kontakte egen læge.", "guides": []}],
                 "questions": [{"text": "Hvad bruges Min Læge til?",
                                "options": ["At kontakte egen læge", "At se prøvesvar fra hospitalet"], "correct": [1]}]}""".formatted(title));
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
        String courseId = Platform.json(written).get("courseId").asString();
        HttpResponse<String> published =
                platform.send("POST", "/api/guides/v1/courses/" + courseId + "/publish", ddh, "{}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

        try (BrowserContext browser = Browser.running().newContext()) {
            Page page = Browser.logIn(browser, platform, "agent.koege");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Min uddannelse"))
                    .click();
            Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(title));
            assertThat(row).containsText("Ikke startet");
            Browser.assertAccessible(page);
            Browser.screenshot(page, "agent-console-training");
            row.getByRole(AriaRole.BUTTON).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Appens formål")))
                    .isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aflever"))
                    .click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Besvar alle spørgsmål");
            page.getByLabel("At kontakte egen læge").check();
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aflever"))
                    .click();

            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Bestået med 100 %");
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilbage til min uddannelse"))
                    .click();
            assertThat(page.locator(".kompetencer")).containsText("MIN_LAEGE");
            assertThat(row).containsText("Bestået");
        }
    }

    @Test
    void theConsoleWorksByKeyboardAndItsSessionOutlivesAGatewayRestart() throws Exception {
        try (BrowserContext browser = Browser.running().newContext()) {
            Page console = Browser.logIn(browser, platform, "agent.koege");
            assertThat(console.locator("#opkald-status")).hasText("Forbundet. Nye opkald vises her med det samme.");

            console.locator("body").press("/");
            assertThat(console.getByLabel("Søg i guider")).isFocused();
            console.keyboard().type("mitid");
            console.keyboard().press("Escape");
            console.locator("body").press("n");
            assertThat(console.getByLabel("Telefon (uden telefoni-integration)"))
                    .isFocused();
            console.keyboard().press("ArrowDown");
            assertThat(console.getByLabel("Chat")).isChecked();
            console.keyboard().press("Tab");
            assertThat(console.getByLabel("Borgerens kommune eller region")).isFocused();
            console.keyboard().press("Tab");
            console.keyboard().press("Enter");
            assertThat(console.locator("#opkald-liste > li.kort").first()).containsText("Chat");
            assertThat(console.locator("#opkald-liste > li.kort").first()).containsText("Ukendt");

            platform.restartGateway();
            console.navigate(Browser.consoleUrl(platform));
            assertThat(console.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rådgiverkonsol")))
                    .isVisible();
            assertThat(console.locator("#opkald-liste > li.kort").first()).containsText("Chat");
            assertThat(console.locator("#opkald-status")).hasText("Forbundet. Nye opkald vises her med det samme.");
        }
    }

    private static void cti(String callId, String event) {
        HttpResponse<String> response = platform.send(
                "POST", "/api/call-log/v1/cti/calls/" + callId + "/events", platform.token("partner-telephony"), event);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
