import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the gateway hop costs: the same requests directly at each service and through the gateway, interleaved in one
 * run, one at a time over keep-alive connections, so both paths see the same machine, caches and moments. Needs the
 * platform from {@code ./hotline up} (for the guide search, the guides of {@code bench/guides}) and {@code psql}
 * reaching the call_log database; run with {@code java bench/gateway/GatewayOverheadBench.java}.
 *
 * <p>Each round sends every request once directly and once through the gateway, in turns (direct first in even
 * rounds, the gateway first in odd ones). Each request kind has its own client, whose allowance at the gateway (100 per
 * 10 s) paces the rounds, so none is refused. The CTI events are one call's offered, answered and ended in turn, with
 * call ids starting {@code bench-gateway-}, deleted at the end. Prints p50/p95/p99 per request kind and path, the ratio
 * of the p50s and the difference of the p99s.
 *
 * <p>Tuning (system properties): {@code -Drounds=400 -Dwarmup=100}; {@code -Dgateway=http://localhost:8079} times
 * another gateway (e.g. an earlier build started beside the platform's with {@code --server.port=8079}), and
 * {@code -Dpid=.hotline/gateway.pid} names the file with its process id: the CPU time that process used during the timed
 * rounds is reported per request through it.
 */
public class GatewayOverheadBench {

    static final String IDENTITY = "http://localhost:9000";
    static final String GATEWAY = System.getProperty("gateway", "http://localhost:8080");
    static final Path PID_FILE = Path.of(System.getProperty("pid", ".hotline/gateway.pid"));
    static final int ROUNDS = Integer.getInteger("rounds", 400);
    static final int WARMUP = Integer.getInteger("warmup", 100);
    static final long ROUND_MILLIS = 105; // each client may send 100 requests per 10 s through the gateway
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(4); // demo tokens live five minutes
    static final String CALL_PREFIX = "bench-gateway-";
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public static void main(String[] args) {
        try {
            run();
        } catch (Exception e) {
            e.printStackTrace(); // the source launcher of Java 17 hides exceptions with short stack traces
            System.exit(1);
        }
    }

    /** A kind of request: the service that answers it directly, the client sending it, and the request itself. */
    interface Kind {
        String name();

        String service();

        String client();

        HttpRequest.Builder request(String base, int round, String path);
    }

    record Get(String name, String service, String client, String pathAndQuery) implements Kind {
        public HttpRequest.Builder request(String base, int round, String path) {
            return HttpRequest.newBuilder(URI.create(base + pathAndQuery));
        }
    }

    /** One call's offered, answered and ended in turn: every third round starts a new call. */
    record CtiEvent(String name, String service, String client, String dialled) implements Kind {
        public HttpRequest.Builder request(String base, int round, String path) {
            String callId = CALL_PREFIX + RUN + "-" + path + "-" + round / 3;
            String event = switch (round % 3) {
                case 0 -> """
                        {"type":"OFFERED","at":"%s","dialledNumber":"%s","callerNumber":"+4520%06d"}"""
                        .formatted(Instant.now(), dialled, round % 1_000_000);
                case 1 -> """
                        {"type":"ANSWERED","at":"%s","agent":"bench-agent","agentMemberId":"253"}"""
                        .formatted(Instant.now());
                default -> "{\"type\":\"ENDED\",\"at\":\"%s\"}".formatted(Instant.now());
            };
            return HttpRequest.newBuilder(URI.create(base + "/api/call-log/v1/cti/calls/" + callId + "/events"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(event));
        }
    }

    static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    static void run() throws Exception {
        String dialled = psql("select number from known_line order by member_id = '253' desc, number limit 1");
        if (dialled.isEmpty()) {
            throw new IllegalStateException("call-log knows no line yet: start the platform with demo data");
        }
        List<Kind> kinds = List.of(
                new Get("member list", "http://localhost:8081", "demo-supervisor",
                        "/api/membership/v1/members?size=20"),
                new Get("member's lines", "http://localhost:8081", "demo-admin-greve",
                        "/api/membership/v1/members/253/lines"),
                new Get("guide search", "http://localhost:8082", "demo-agent",
                        "/api/guides/v1/search?size=10&member=253&q="
                                + URLEncoder.encode("kan ikke logge på MitID", StandardCharsets.UTF_8)),
                new CtiEvent("CTI event", "http://localhost:8084", "partner-telephony", dialled));
        Map<String, Token> tokens = new TreeMap<>();
        for (Kind kind : kinds) {
            tokens.put(kind.client(), new Token(kind.client()));
        }
        System.out.printf("gateway %s: %d rounds after %d warm-up rounds, %d request kinds, load average at start %s%n",
                GATEWAY, ROUNDS, WARMUP, kinds.size(), loadAverage());
        Map<String, List<Long>> micros = new TreeMap<>();
        long gatewayPid = Long.parseLong(Files.readString(PID_FILE).trim());
        long cpuAtStart = 0;
        try {
            for (int round = 0; round < WARMUP + ROUNDS; round++) {
                if (round == WARMUP) {
                    cpuAtStart = cpuMillis(gatewayPid);
                }
                long start = System.nanoTime();
                for (Kind kind : kinds) {
                    String token = tokens.get(kind.client()).value();
                    boolean gatewayFirst = round % 2 == 1;
                    for (String path : gatewayFirst ? List.of("gateway", "direct") : List.of("direct", "gateway")) {
                        String base = path.equals("gateway") ? GATEWAY : kind.service();
                        long elapsed = timed(kind.request(base, round, path)
                                .header("Authorization", "Bearer " + token)
                                .build());
                        if (round >= WARMUP) {
                            micros.computeIfAbsent(kind.name() + "\t" + path, key -> new ArrayList<>())
                                    .add(elapsed);
                        }
                    }
                }
                long rest = ROUND_MILLIS - (System.nanoTime() - start) / 1_000_000;
                if (rest > 0) {
                    Thread.sleep(rest);
                }
            }
            System.out.printf("gateway process CPU: %.2f ms per request through it%n",
                    (double) (cpuMillis(gatewayPid) - cpuAtStart) / ((long) ROUNDS * kinds.size()));
        } finally {
            System.out.printf("deleted %s bench contacts%n", psql("with gone as (delete from contact where call_id like '"
                    + CALL_PREFIX + "%' returning 1) select count(*) from gone"));
        }
        System.out.printf("load average at end %s%n%n", loadAverage());
        System.out.println("| request | direct p50 | gateway p50 | ratio | direct p95 | gateway p95 | direct p99 | gateway p99 | p99 difference |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Kind kind : kinds) {
            List<Long> direct = micros.get(kind.name() + "\tdirect");
            List<Long> gateway = micros.get(kind.name() + "\tgateway");
            direct.sort(null);
            gateway.sort(null);
            System.out.printf("| %s | %.2f ms | %.2f ms | %.2f× | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %+.2f ms |%n",
                    kind.name(), percentile(direct, 50), percentile(gateway, 50),
                    percentile(gateway, 50) / percentile(direct, 50), percentile(direct, 95), percentile(gateway, 95),
                    percentile(direct, 99), percentile(gateway, 99), percentile(gateway, 99) - percentile(direct, 99));
        }
    }

    /** Microseconds from sending the request to having read the whole response, which must be a success. */
    static long timed(HttpRequest request) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        long elapsed = (System.nanoTime() - start) / 1_000;
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return elapsed;
    }

    static double percentile(List<Long> sorted, int p) {
        return sorted.get((int) Math.ceil(p / 100.0 * sorted.size()) - 1) / 1000.0;
    }

    static String loadAverage() throws Exception {
        return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    }

    /** User and system CPU time of a process so far (Linux: fields 14 and 15 of /proc/<pid>/stat, in 1/100 s). */
    static long cpuMillis(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    /** A client's access token, fetched again before it expires. */
    static final class Token {
        private final String client;
        private String value;
        private Instant fetched = Instant.EPOCH;

        Token(String client) {
            this.client = client;
        }

        String value() throws Exception {
            if (Instant.now().isAfter(fetched.plus(TOKEN_LIFETIME))) {
                value = fetch();
                fetched = Instant.now();
            }
            return value;
        }

        private String fetch() throws Exception {
            String basic = Base64.getEncoder().encodeToString((client + ":demo-secret").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(IDENTITY + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("no token for " + client + ": " + response.body());
            }
            return token.group(1);
        }
    }

    static String psql(String sql) throws Exception {
        Process process = new ProcessBuilder("psql", "-h", System.getenv().getOrDefault("PGHOST", "127.0.0.1"), "-p",
                        System.getenv().getOrDefault("PGPORT", "5432"), "-U",
                        System.getenv().getOrDefault("PGUSER", "postgres"), "-d", "call_log", "-v", "ON_ERROR_STOP=1",
                        "-qAt", "-c", sql)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + output);
        }
        return output;
    }
}
