package dk.ddh.hotline.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright, as a person uses the consoles: through the gateway, logged in at the identity
 * provider's form. Started once for every browser test class.
 */
final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static Browser running;

    private final com.microsoft.playwright.Browser chromium;

    private Browser(com.microsoft.playwright.Browser chromium) {
        this.chromium = chromium;
    }

    static synchronized Browser running() {
        if (running == null) {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException(
                        "The browser tests need Debian's Chromium at " + CHROMIUM + ": apt-get install chromium");
            }
            Playwright playwright = Playwright.create();
            running = new Browser(playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(CHROMIUM)
                            .setHeadless(true)
                            // As root, in a closed network: no sandbox, and nothing that calls home.
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync",
                                    "--no-first-run"))));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return running;
    }

    /** A fresh browser profile (no cookies), in Danish, at a laptop's size. */
    BrowserContext newContext() {
        return chromium.newContext(new NewContextOptions()
                .setLocale("da-DK")
                .setTimezoneId("Europe/Copenhagen")
                .setViewportSize(1366, 900));
    }

    /**
     * Opens the consoles and logs in at the identity provider's form (checked by axe-core first); back on the console
     * afterwards.
     */
    static Page logIn(BrowserContext context, Platform platform, String username) {
        Page page = context.newPage();
        // What the page's script reports and which requests fail end up in the test's output.
        page.onConsoleMessage(message -> System.out.println("browser " + message.type() + ": " + message.text()));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                System.out.println("browser got " + response.status() + " for " + response.url());
            }
        });
        page.navigate(consoleUrl(platform));
        assertAccessible(page); // the identity provider's login form, in Danish like the consoles
        page.getByLabel("Brugernavn").fill(username);
        page.getByLabel("Adgangskode").fill("demo");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log på"))
                .click();
        page.waitForURL(url -> url.startsWith(gatewayUrl(platform) + "/konsol/"));
        return page;
    }

    /** The gateway as browsers reach it. */
    static String gatewayUrl(Platform platform) {
        return "http://127.0.0.1:" + platform.gateway.port();
    }

    static String consoleUrl(Platform platform) {
        return gatewayUrl(platform) + "/konsol/";
    }

    /** WCAG 2.1 A and AA by axe-core: no serious or critical violation on the page as it is now. */
    static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe)
                .toList();
        assertThat(serious).as("axe-core on " + page.url()).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList();
    }

    /** Keeps a picture of the page for the documentation (docs/screenshots). */
    static void screenshot(Page page, String name) {
        Path root = Path.of(System.getProperty("hotline.root", ".."));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(root.resolve("docs").resolve("screenshots").resolve(name + ".png"))
                .setFullPage(true));
    }
}
