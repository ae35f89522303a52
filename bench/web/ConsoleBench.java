import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The agent console in Chromium against a running platform (./hotline up): keystroke-to-results of the guide search
 * as an agent types (from the key press to the results on screen, debounce included), the console's page load, the
 * time from the phone platform's ANSWERED event to the call's card on the agent's screen, and the web app's memory.
 * Run with {@code bench/web/run} (see RESULTS.md).
 */
public class ConsoleBench {

    static final String GATEWAY = System.getProperty("gateway", "http://localhost:8080");
    static final HttpClient HTTP = HttpClient.newHttpClient();
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
            page.getByLabel("Brugernavn").fill("agent.greve");
            page.getByLabel("Adgangskode").fill("demo");
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
                                + " window.benchDone = new Promise(done => { const settled = e => {"
                                + " if (e.target.id === 'soegeresultater') {"
                                + " document.body.removeEventListener('htmx:afterSettle', settled);"
                                + " done(performance.now() - window.benchStart); } };"
                                + " document.body.addEventListener('htmx:afterSettle', settled); }); }");
                        page.locator("#soeg").pressSequentially(query.substring(i, i + 1));
                        if (i >= 2) { // the agent reads results once a word takes shape
                            keystrokes.add(((Number) page.evaluate("() => window.benchDone")).doubleValue());
                        } else {
                            page.evaluate("() => window.benchDone");
                        }
                    }
                }
            }
            List<Double> calls = new ArrayList<>();
            String telephony = token("partner-telephony");
            for (int i = 0; i < ROUNDS; i++) {
                int before = ((Number) page.evaluate("() => document.querySelectorAll('li.kort').length")).intValue();
                String call = GATEWAY + "/api/call-log/v1/cti/calls/bench-" + System.nanoTime() + "/events";
                cti(call, telephony, "{\"type\":\"OFFERED\",\"at\":\"%s\",\"dialledNumber\":\"70101085\"}");
                long start = System.nanoTime();
                cti(call, telephony, "{\"type\":\"ANSWERED\",\"at\":\"%s\",\"agent\":\"agent.greve\"}");
                page.waitForFunction("n => document.querySelectorAll('li.kort').length > n", before);
                calls.add((System.nanoTime() - start) / 1e6);
            }
            long rss = webRss();
            String report = """
                    agent console through %s, %d rounds
                      keystroke to results: n=%d p50 %.0f ms, p95 %.0f ms, max %.0f ms
                      page load (/konsol/, loadEventEnd): p50 %.0f ms, p95 %.0f ms
                      CTI answered to call card on screen: n=%d p50 %.0f ms, max %.0f ms
                      web app RSS after the run: %s
                    """.formatted(GATEWAY, ROUNDS, keystrokes.size(), pct(keystrokes, 50), pct(keystrokes, 95),
                    Collections.max(keystrokes), pct(loads, 50), pct(loads, 95), calls.size(), pct(calls, 50),
                    Collections.max(calls),
                    rss < 0 ? "unknown (no .hotline/web.pid)" : (rss / 1024) + " MB");
            System.out.print(report);
        }
    }

    static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** An access token of a demo client, as {@code ./hotline token} prints it. */
    static String token(String client) throws Exception {
        Process process = new ProcessBuilder("./hotline", "token", client).start();
        String token = new String(process.getInputStream().readAllBytes()).strip();
        if (process.waitFor() != 0 || token.isEmpty()) {
            throw new IllegalStateException("./hotline token " + client + " failed");
        }
        return token;
    }

    /** Sends one CTI event as the phone platform; {@code %s} in the body becomes the current instant. */
    static void cti(String uri, String token, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(uri))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.formatted(Instant.now())))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("CTI event refused: " + response.statusCode() + " " + response.body());
        }
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
