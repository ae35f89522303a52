import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The agent console in Chromium against a running platform (./hotline up): keystroke-to-results of the guide search
 * as an agent types (from the key press to the results on screen, debounce included), the console's page load, and
 * the web app's memory. Run (see RESULTS.md):
 *   ./mvnw -q dependency:build-classpath -pl system-tests -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 *   PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp "$(cat /tmp/cp.txt)" bench/web/ConsoleBench.java
 */
public class ConsoleBench {

    static final String GATEWAY = System.getProperty("gateway", "http://localhost:8080");
    static final int ROUNDS = Integer.getInteger("rounds", 20);
    static final List<String> QUERIES = List.of(
            "nulstille MitID", "digital post", "minsp teknisk fejl", "skift læge", "mitid app virker ikke",
            "fuldmagt", "e-boks brev", "min sundhed", "adresse flytning", "prøvesvar");

    public static void main(String[] args) throws Exception {
        try (Playwright playwright = Playwright.create()) {
            Browser chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of("/usr/bin/chromium"))
                    .setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-component-update",
                            "--disable-sync", "--no-first-run")));
            Page page = chromium.newContext().newPage();
            page.navigate(GATEWAY + "/konsol/");
            page.getByLabel("Username").fill("agent.greve");
            page.getByLabel("Password").fill("demo");
            page.locator("button[type=submit]").click();
            page.waitForSelector("#soeg");

            List<Double> loads = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                page.reload();
                page.waitForSelector("#soeg");
                loads.add(((Number) page.evaluate("() => { const t = performance.getEntriesByType('navigation')[0];"
                                + " return t.loadEventEnd - t.startTime; }"))
                        .doubleValue());
            }

            List<Double> keystrokes = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (String query : QUERIES) {
                    page.locator("#soeg").fill("");
                    page.locator("#soegeresultater").evaluate("e => e.innerHTML = ''");
                    for (int i = 0; i < query.length(); i++) {
                        // Time from this key press until the search results show what was typed so far.
                        page.evaluate("() => { window.benchStart = performance.now();"
                                + " window.benchDone = new Promise(done => document.body.addEventListener("
                                + "'htmx:afterSettle', e => { if (e.target.id === 'soegeresultater') done(performance.now()"
                                + " - window.benchStart); }, {once: false})); }");
                        page.locator("#soeg").press(query.substring(i, i + 1).equals(" ") ? "Space" : query.substring(i, i + 1));
                        if (i >= 2) { // the agent reads results once a word takes shape
                            keystrokes.add(((Number) page.evaluate("() => window.benchDone")).doubleValue());
                        } else {
                            page.evaluate("() => window.benchDone");
                        }
                    }
                }
            }
            long rss = webRss();
            String report = """
                    agent console through %s, %d rounds
                      keystroke to results: n=%d p50 %.0f ms, p95 %.0f ms, max %.0f ms
                      page load (/konsol/, loadEventEnd): p50 %.0f ms, p95 %.0f ms
                      web app RSS after the run: %s
                    """.formatted(GATEWAY, ROUNDS, keystrokes.size(), pct(keystrokes, 50), pct(keystrokes, 95),
                    Collections.max(keystrokes), pct(loads, 50), pct(loads, 95),
                    rss < 0 ? "unknown (no .hotline/web.pid)" : (rss / 1024) + " MB");
            System.out.print(report);
        }
    }

    static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static long webRss() throws Exception {
        Path pid = Path.of(System.getProperty("webPid", ".hotline/web.pid"));
        if (!Files.exists(pid)) {
            return -1;
        }
        for (String line : Files.readAllLines(Path.of("/proc", Files.readString(pid).strip(), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
