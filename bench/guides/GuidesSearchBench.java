import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search latency of the guides service with 10,000 published guides, end to end through the gateway and directly.
 * Needs the platform from {@code ./hotline up}; run with {@code java bench/guides/GuidesSearchBench.java [guides]}.
 * Seeds guides (written by three members' admins, approved by DDH) straight at the service, then times realistic agent
 * queries one at a time: first directly at the service, then through the gateway, paced under its per-client rate
 * limit so no request is refused. Prints p50/p95/p99 per path, and the relevance of the judged query set
 * ({@code services/guides/src/test/resources/search/judged-queries.tsv}) over the whole corpus: recall@3, MRR and the
 * share of queries without any hit. The timed queries are the judged ones, in their contexts.
 */
public class GuidesSearchBench {

    static final String IDENTITY = "http://localhost:9000";
    static final String SERVICE = "http://localhost:8082/api/guides/v1";
    static final String GATEWAY = "http://localhost:8080/api/guides/v1";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final int QUERIES = 400;
    static final long GATEWAY_PACING_MILLIS = 110; // the gateway allows 100 requests per 10 s per client

    static final String[] SYSTEMS = {"MitID", "Digital Post", "borger.dk", "Min Sundhed", "MinSundhedsplatform", "Min Læge"};
    static final String[] PROBLEMS = {
        "kan ikke logge på", "har mistet telefonen", "skal nulstille adgangskoden", "får en fejlkode", "vil give fuldmagt",
        "kan ikke finde brevet", "skal flytte", "vil booke en tid", "vil skrive en besked", "kan ikke se medicinkortet",
        "har glemt brugernavnet", "skal bestille en ny kodeviser", "vil framelde papirpost", "skal forny recepten"
    };
    static final String[] STEPS = {
        "Bed borgeren åbne appen og vælge Log på.", "Kontrollér at borgeren har den nyeste version af appen.",
        "Vælg Indstillinger og derefter Sikkerhed.", "Bed borgeren godkende i MitID-appen.",
        "Hvis fejlen fortsætter, noter fejlkoden og henvis til teknisk support.",
        "Forklar forskellen på Min Sundhed, MinSundhedsplatform og Min Læge.",
        "Vis borgeren hvor beskeder og aftaler ligger i menuen.", "Nulstilling sker under Glemt adgangskode."
    };
    static final Path JUDGED = Path.of("services/guides/src/test/resources/search/judged-queries.tsv");
    static final String[][] AUTHORS = {{"demo-admin-greve", "253"}, {"demo-admin-koege", "259"}, {"demo-region-admin", "1085"}};

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace(); // the source launcher of Java 17 hides exceptions with short stack traces
            System.exit(1);
        }
    }

    static void run(String[] args) throws Exception {
        int guides = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String agent = token("demo-agent");
        String reviewer = token("demo-ddh-admin");
        String checklist = checklistIds(get(SERVICE + "/checklist", agent));
        int existing = published(agent);
        System.out.printf("published guides before seeding: %d%n", existing);
        seed(Math.max(0, guides - existing), reviewer, checklist);
        System.out.printf("published guides now: %d%n", published(agent));

        List<Judged> judged = judged();
        relevance(judged, agent);
        warmUp(agent, judged);
        report("direct (service :8082)", measure(SERVICE, agent, 0, judged));
        report("gateway (:8080)", measure(GATEWAY, agent, GATEWAY_PACING_MILLIS, judged));
    }

    /** A judged query: text, context (common, a member code, public or public:member) and the answering titles. */
    record Judged(String query, String context, List<String> answers) {

        String member() {
            String member = context.replace("public", "").replace(":", "");
            return member.equals("common") ? "" : member;
        }

        String path() {
            String member = member().isEmpty() ? "" : "&member=" + member();
            return (context.startsWith("public") ? "/public/search" : "/search") + "?size=10&q="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8) + member;
        }
    }

    static List<Judged> judged() throws Exception {
        return Files.readAllLines(JUDGED).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(columns -> new Judged(columns[0], columns[1], Arrays.asList(columns[2].split(" \\| "))))
                .toList();
    }

    /** Recall@3, MRR and zero-hit rate of the judged set against everything now published. */
    static void relevance(List<Judged> judged, String agent) throws Exception {
        double recall = 0;
        double reciprocal = 0;
        int empty = 0;
        for (Judged query : judged) {
            List<String> titles = new ArrayList<>();
            Matcher title = Pattern.compile("\"title\":\"((?:[^\"\\\\]|\\\\.)*)\"")
                    .matcher(get(SERVICE + query.path(), agent));
            while (title.find()) {
                titles.add(title.group(1));
            }
            List<String> top = titles.subList(0, Math.min(3, titles.size()));
            recall += (double) query.answers().stream().filter(top::contains).count()
                    / Math.min(3, query.answers().size());
            for (int i = 0; i < titles.size(); i++) {
                if (query.answers().contains(titles.get(i))) {
                    reciprocal += 1.0 / (i + 1);
                    break;
                }
            }
            empty += titles.isEmpty() ? 1 : 0;
        }
        System.out.printf("judged queries: %d  recall@3=%.3f  MRR=%.3f  zero-result rate=%.3f (%d)%n", judged.size(),
                recall / judged.size(), reciprocal / judged.size(), (double) empty / judged.size(), empty);
    }

    static void seed(int count, String reviewer, String checklist) throws Exception {
        String[] authorTokens = new String[AUTHORS.length];
        for (int i = 0; i < AUTHORS.length; i++) {
            authorTokens[i] = token(AUTHORS[i][0]);
        }
        Semaphore inFlight = new Semaphore(8);
        List<CompletableFuture<Void>> all = new ArrayList<>();
        long start = System.nanoTime();
        for (int n = 0; n < count; n++) {
            int author = n % AUTHORS.length;
            String body = guide(n, AUTHORS[author][1]);
            inFlight.acquire();
            all.add(CompletableFuture.runAsync(() -> {
                        try {
                            String created = post(SERVICE + "/guides", authorTokens[author], body, 201);
                            String id = field(created, "guideId");
                            post(SERVICE + "/guides/" + id + "/revisions/1/submit", authorTokens[author], "{}", 200);
                            post(SERVICE + "/guides/" + id + "/revisions/1/approve", reviewer,
                                    "{\"checklist\":" + checklist + "}", 200);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .whenComplete((ok, failure) -> inFlight.release()));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        System.out.printf("seeded %d guides in %d s%n", count, (System.nanoTime() - start) / 1_000_000_000);
    }

    static String guide(int n, String owner) {
        Random random = new Random(n);
        String system = SYSTEMS[random.nextInt(SYSTEMS.length)];
        String problem = PROBLEMS[random.nextInt(PROBLEMS.length)];
        StringBuilder body = new StringBuilder("Formål: hjælp en borger, der " + problem + " i " + system + ".\\n\\n");
        for (int step = 1; step <= 4; step++) {
            body.append(step).append(". ").append(STEPS[random.nextInt(STEPS.length)]).append("\\n");
        }
        return """
                {"owner": "%s", "title": "Borgeren %s i %s (vejledning %d)", "body": "%s", "systems": ["%s"],
                 "audience": "%s", "resolutions": []}"""
                .formatted(owner, problem, system, n, body, system, n % 3 == 0 ? "CITIZEN" : "AGENT");
    }

    /** Both paths once through every query, so the JVMs have compiled what the measured runs execute. */
    static void warmUp(String agent, List<Judged> judged) throws Exception {
        measure(SERVICE, agent, 0, judged);
        measure(GATEWAY, agent, GATEWAY_PACING_MILLIS, judged);
    }

    static List<Long> measure(String base, String agent, long pacingMillis, List<Judged> judged) throws Exception {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            long start = System.nanoTime();
            get(base + judged.get(i % judged.size()).path(), agent);
            long elapsed = System.nanoTime() - start;
            micros.add(elapsed / 1_000);
            long rest = pacingMillis - elapsed / 1_000_000;
            if (rest > 0) {
                Thread.sleep(rest);
            }
        }
        return micros;
    }

    static void report(String path, List<Long> micros) {
        Collections.sort(micros);
        System.out.printf("%-24s n=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms%n", path, micros.size(),
                percentile(micros, 50), percentile(micros, 95), percentile(micros, 99), micros.get(micros.size() - 1) / 1000.0);
    }

    static double percentile(List<Long> sorted, int p) {
        return sorted.get((int) Math.ceil(p / 100.0 * sorted.size()) - 1) / 1000.0;
    }

    static int published(String agent) throws Exception {
        return Integer.parseInt(field(get(SERVICE + "/guides?status=PUBLISHED&size=1", agent), "totalItems"));
    }

    static String token(String client) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":demo-secret").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(IDENTITY + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        return field(send(request, 200), "access_token");
    }

    static String get(String url, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(), 200);
    }

    static String post(String url, String token, String json, int expected) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(), expected);
    }

    static String send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Every item of the quality checklist, ticked: a JSON array of the item ids. */
    static String checklistIds(String checklist) {
        Matcher ids = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(checklist);
        List<String> ticked = new ArrayList<>();
        while (ids.find()) {
            ticked.add("\"" + ids.group(1) + "\"");
        }
        return "[" + String.join(",", ticked) + "]";
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }
}
