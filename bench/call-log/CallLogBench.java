import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.StringJoiner;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Capacity of the call-log service: CTI ingest from the phone platform, and statistics over 1,000,000 contacts.
 * Needs the platform from {@code ./hotline up} and {@code psql} reaching the call_log database; run with
 * {@code java bench/call-log/CallLogBench.java [cti|statistics|all|seed|cleanup]}.
 *
 * <p>CTI: many concurrent calls, each offered, answered and ended (three POSTs), for a fixed time, first directly at
 * call-log, then through the gateway as {@code partner-telephony}; then every contact whose three events were accepted
 * is looked for in the database. Statistics: 1,000,000 contacts seeded with one SQL statement, then every statistics
 * query kind timed through the gateway as DDH's admin (all members) and Greve's admin (one member), over a year and a
 * month. All rows the bench writes have call ids starting with {@code bench-} and are deleted at the end.
 *
 * <p>Tuning (system properties): {@code -Dseconds=60 -Dwarmup=10 -Dconcurrency=128 -Dcontacts=1000000
 * -Drepetitions=5}; {@code -Dpaths=direct} or {@code gateway} times CTI ingest on one path only; {@code -Dbatch=20} sends the events of
 * 20 calls per request (to {@code /cti/events}) instead of one event per request; {@code -Dkeep=true} (and the mode {@code seed}) leaves the bench's contacts in place, to look at
 * query plans in psql, until {@code java bench/call-log/CallLogBench.java cleanup}.
 */
public class CallLogBench {

    static final String IDENTITY = "http://localhost:9000";
    static final String SERVICE = "http://localhost:8084/api/call-log/v1";
    static final String GATEWAY = "http://localhost:8080/api/call-log/v1";
    static final String PSQL_HOST = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
    static final String PSQL_PORT = System.getenv().getOrDefault("PGPORT", "5432");
    static final String PSQL_USER = System.getenv().getOrDefault("PGUSER", "postgres");
    static final String PREFIX = "bench-";
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    static final long GATEWAY_PACING_MILLIS = 110; // other clients than the phone platform get 100 requests per 10 s
    static final double TARGET_SECONDS = 1.0;

    static final int SECONDS = Integer.getInteger("seconds", 60);
    static final int WARMUP_SECONDS = Integer.getInteger("warmup", 10);
    static final int CONCURRENCY = Integer.getInteger("concurrency", 128);
    static final int CONTACTS = Integer.getInteger("contacts", 1_000_000);
    static final int REPETITIONS = Integer.getInteger("repetitions", 5);
    static final boolean KEEP = Boolean.getBoolean("keep");
    static final String PATHS = System.getProperty("paths", "both");
    static final int BATCH = Integer.getInteger("batch", 0);

    public static void main(String[] args) {
        try {
            run(args.length > 0 ? args[0] : "all");
        } catch (Exception e) {
            e.printStackTrace(); // the source launcher of Java 17 hides exceptions with short stack traces
            System.exit(1);
        }
    }

    static void run(String mode) throws Exception {
        System.out.printf("%s, %d cores, load average %s%n", Instant.now(), Runtime.getRuntime().availableProcessors(),
                loadAverage());
        try {
            switch (mode) {
                case "cti" -> cti();
                case "statistics" -> statistics();
                case "all" -> {
                    cti();
                    statistics();
                }
                case "seed" -> seed();
                case "cleanup" -> {}
                default -> throw new IllegalArgumentException(
                        "mode: cti, statistics, all, seed or cleanup, not " + mode);
            }
        } finally {
            if (mode.equals("cleanup") || !(KEEP || mode.equals("seed"))) {
                cleanUp();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- CTI ingest

    static void cti() throws Exception {
        String dialled = psql("select number from known_line order by member_id = '253' desc, number limit 1");
        if (dialled.isEmpty()) {
            throw new IllegalStateException("call-log knows no lines yet: is the platform up with demo data?");
        }
        String run = PREFIX + "cti-" + Long.toString(System.currentTimeMillis(), 36) + "-";
        System.out.printf("%nCTI ingest: %d concurrent %s for %d s per path (after %d s warm-up), dialled %s%n",
                CONCURRENCY, BATCH > 0 ? "batches of " + BATCH + " calls (" + 3 * BATCH + " events)" : "calls",
                SECONDS, WARMUP_SECONDS, dialled);
        if (!PATHS.equals("gateway")) {
            String token = token("partner-telephony");
            ingest(SERVICE, token, run + "warm-d-", dialled, WARMUP_SECONDS);
            ingest(SERVICE, token, run + "d-", dialled, SECONDS).report("direct (call-log :8084)");
        }
        if (!PATHS.equals("direct")) {
            String token = token("partner-telephony");
            ingest(GATEWAY, token, run + "warm-g-", dialled, WARMUP_SECONDS);
            ingest(GATEWAY, token, run + "g-", dialled, SECONDS).report("gateway (:8080)");
        }
    }

    /** Each worker is one phone line: a call offered, answered and ended, then the next call, until time is up. */
    static Ingest ingest(String base, String token, String prefix, String dialled, int seconds) throws Exception {
        Ingest ingest = new Ingest(prefix);
        AtomicLong calls = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService workers = Executors.newFixedThreadPool(CONCURRENCY);
        List<Future<long[]>> latencies = new ArrayList<>();
        for (int w = 0; w < CONCURRENCY; w++) {
            int worker = w;
            latencies.add(workers.submit(() -> {
                LongList micros = new LongList();
                while (System.nanoTime() < deadline) {
                    if (BATCH > 0) {
                        batchOfCalls(base, token, prefix, calls, dialled, worker, ingest, micros);
                        continue;
                    }
                    String callId = prefix + calls.incrementAndGet();
                    ingest.attempted.increment();
                    String caller = "+4520" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
                    String offered = """
                            {"type":"OFFERED","at":"%s","dialledNumber":"%s","callerNumber":"%s"}"""
                            .formatted(Instant.now(), dialled, caller);
                    if (!event(base, token, callId, offered, ingest, micros)) {
                        continue;
                    }
                    String answered = """
                            {"type":"ANSWERED","at":"%s","agent":"agent-%d","agentMemberId":"253"}"""
                            .formatted(Instant.now(), worker);
                    if (!event(base, token, callId, answered, ingest, micros)) {
                        continue;
                    }
                    String ended = "{\"type\":\"ENDED\",\"at\":\"%s\"}".formatted(Instant.now());
                    if (event(base, token, callId, ended, ingest, micros)) {
                        ingest.completed.increment();
                    }
                }
                return micros.toArray();
            }));
        }
        workers.shutdown();
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> worker : latencies) {
            all.add(worker.get());
        }
        ingest.elapsedNanos = System.nanoTime() - start;
        ingest.micros = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return ingest;
    }

    /**
     * {@code -Dbatch} calls, each offered, answered and ended, reported in one request as a phone platform that buffers
     * its events would (offers first, then answers, then ends).
     */
    static void batchOfCalls(String base, String token, String prefix, AtomicLong calls, String dialled, int worker,
            Ingest ingest, LongList micros) {
        List<String> callIds = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            callIds.add(prefix + calls.incrementAndGet());
            ingest.attempted.increment();
        }
        StringJoiner events = new StringJoiner(",", "{\"events\":[", "]}");
        for (String callId : callIds) {
            String caller = "+4520" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
            events.add("""
                    {"callId":"%s","event":{"type":"OFFERED","at":"%s","dialledNumber":"%s","callerNumber":"%s"}}"""
                    .formatted(callId, Instant.now(), dialled, caller));
        }
        for (String callId : callIds) {
            events.add("""
                    {"callId":"%s","event":{"type":"ANSWERED","at":"%s","agent":"agent-%d","agentMemberId":"253"}}"""
                    .formatted(callId, Instant.now(), worker));
        }
        for (String callId : callIds) {
            events.add("""
                    {"callId":"%s","event":{"type":"ENDED","at":"%s"}}""".formatted(callId, Instant.now()));
        }
        if (post(base + "/cti/events", token, events.toString(), ingest, micros)) {
            ingest.completed.add(BATCH);
        }
    }

    /** One event; whether it was accepted. A refused or failed event ends the call for the bench (no retries). */
    static boolean event(String base, String token, String callId, String json, Ingest ingest, LongList micros) {
        return post(base + "/cti/calls/" + callId + "/events", token, json, ingest, micros);
    }

    static boolean post(String url, String token, String json, Ingest ingest, LongList micros) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        long start = System.nanoTime();
        String outcome;
        try {
            outcome = Integer.toString(HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            outcome = e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = "interrupted";
        }
        micros.add((System.nanoTime() - start) / 1_000);
        ingest.outcomes.computeIfAbsent(outcome, key -> new LongAdder()).increment();
        return outcome.equals("200");
    }

    static final class Ingest {
        final String prefix;
        final LongAdder attempted = new LongAdder();
        final LongAdder completed = new LongAdder();
        final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        long elapsedNanos;
        long[] micros;

        Ingest(String prefix) {
            this.prefix = prefix;
        }

        void report(String path) throws Exception {
            double seconds = elapsedNanos / 1e9;
            long inDatabase = Long.parseLong(psql("select count(*) from contact where call_id like '" + prefix
                    + "%' and ended_at is not null"));
            Map<String, Long> byStatus = new TreeMap<>();
            outcomes.forEach((status, count) -> byStatus.put(status, count.sum()));
            System.out.printf("%-24s %.0f contacts/s (%d contacts in %.1f s), %.0f requests/s%n", path,
                    completed.sum() / seconds, completed.sum(), seconds, micros.length / seconds);
            System.out.printf("%-24s request latency p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms%n", "",
                    percentile(micros, 50), percentile(micros, 95), percentile(micros, 99),
                    micros[micros.length - 1] / 1000.0);
            System.out.printf("%-24s responses by status %s; contacts started %d, accepted %d, ended in database %d: %s%n",
                    "", byStatus, attempted.sum(), completed.sum(), inDatabase,
                    inDatabase == completed.sum() ? "none lost" : "MISMATCH");
        }
    }

    // ---------------------------------------------------------------------------------------------------- statistics

    static void statistics() throws Exception {
        System.out.printf("%nStatistics over %,d seeded contacts (plus the demo's)%n", CONTACTS);
        seed();

        LocalDate today = LocalDate.now();
        LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
        String[][] ranges = {
            {"year", today.minusDays(364).toString(), today.toString()},
            {"month", lastMonth.toString(), lastMonth.plusMonths(1).minusDays(1).toString()}
        };
        List<String[]> kinds = new ArrayList<>();
        for (String period : List.of("MONTH", "WEEK", "DAY")) {
            for (String by : List.of("TOTAL", "MEMBER", "SYSTEM", "OUTCOME", "LINE_SCOPE")) {
                kinds.add(new String[] {"figures " + period + " by " + by, "/statistics?period=" + period + "&by=" + by});
            }
        }
        kinds.add(new String[] {"heat-map", "/statistics/heat-map?"});
        kinds.add(new String[] {"export MONTH by MEMBER", "/statistics/export?period=MONTH&by=MEMBER"});
        kinds.add(new String[] {"export DAY by SYSTEM", "/statistics/export?period=DAY&by=SYSTEM"});

        List<Long> all = new ArrayList<>();
        int missed = 0;
        for (String client : List.of("demo-ddh-admin", "demo-admin-greve")) {
            for (String[] range : ranges) {
                String token = token(client); // demo tokens live five minutes
                System.out.printf("%n%s, %s (%s to %s), %d times each after one warm-up, through the gateway%n", client,
                        range[0], range[1], range[2], REPETITIONS);
                for (String[] kind : kinds) {
                    String url = GATEWAY + kind[1] + (kind[1].endsWith("?") ? "" : "&") + "from=" + range[1] + "&to="
                            + range[2];
                    long[] micros = new long[REPETITIONS];
                    timed(url, token);
                    for (int i = 0; i < REPETITIONS; i++) {
                        micros[i] = timed(url, token);
                        all.add(micros[i]);
                    }
                    Arrays.sort(micros);
                    boolean miss = percentile(micros, 95) > TARGET_SECONDS * 1000;
                    missed += miss ? 1 : 0;
                    System.out.printf("  %-28s p50=%7.1f ms  p95=%7.1f ms  max=%7.1f ms%s%n", kind[0],
                            percentile(micros, 50), percentile(micros, 95), micros[micros.length - 1] / 1000.0,
                            miss ? "  MISSES 1 s" : "");
                }
            }
        }
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%nall statistics requests: n=%d  p50=%.1f ms  p95=%.1f ms  max=%.1f ms; kinds over 1 s at p95: %d%n",
                sorted.length, percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1] / 1000.0, missed);
    }

    static void seed() throws Exception {
        long start = System.nanoTime();
        psql("delete from contact where call_id like '" + PREFIX + "stats-%'");
        psql(seedSql(CONTACTS));
        psql("analyze contact");
        System.out.printf("seeded and analysed in %d s; contacts now: %s%n", (System.nanoTime() - start) / 1_000_000_000,
                psql("select count(*) from contact"));
        // Until the call log's background job has stored the new days' figures, statistics count them live (slower).
        long storing = System.nanoTime();
        while (!psql("select not exists (select from stale_day) and (select figured_before from figures_basis)"
                        + " >= cast(now() at time zone 'Europe/Copenhagen' as date) - 8")
                .equals("t")) {
            Thread.sleep(1000);
        }
        System.out.printf("the call log stored the day figures %d s after the load%n",
                (System.nanoTime() - storing) / 1_000_000_000);
    }

    /**
     * A year of weekday contacts (52 weeks up to last Sunday, 8-20 Danish time, mornings busiest) for the region and 17
     * municipalities, larger members more often; 8 % abandoned in the queue, 2 % still open, the rest wrapped up with
     * an outcome and one or two systems; a third of the callers' numbers known (as hashes), some calling again.
     */
    static String seedSql(int contacts) {
        return """
                insert into contact (id, call_id, channel, dialled_number, member_id, line_scope, unknown_number,
                    caller_hash, agent, agent_member_id, offered_at, answered_at, ended_at, outcome, systems,
                    closed_at, called_again)
                select gen_random_uuid(), 'bench-stats-' || g, 'PHONE', '+45707' || lpad(member, 5, '0'), member,
                       case when member = '1085' then 'HEALTH_APPS' else 'GENERAL' end, false,
                       case when r_caller < 0.35 then md5('bench-caller-' || floor(r_caller / 0.35 * 200000)) end,
                       case when outcome <> 'ABANDONED' then 'bench-agent-' || (g %% 300) end,
                       case when outcome = 'ABANDONED' then null when r_agent < 0.85 then member
                            else members[1 + floor(r_agent * array_length(members, 1))::int] end,
                       offered,
                       case when outcome <> 'ABANDONED' then offered + wait end,
                       case when outcome = 'ABANDONED' then offered + wait else offered + wait + handling end,
                       nullif(outcome, 'OPEN'),
                       case when outcome = 'ABANDONED' then '{}'
                            when r_sys2 < 0.2 then array[systems[1 + floor(r_sys1 * array_length(systems, 1))::int],
                                 systems[1 + (floor(r_sys1 * array_length(systems, 1))::int + 1) %% array_length(systems, 1)]]
                            else array[systems[1 + floor(r_sys1 * array_length(systems, 1))::int]] end,
                       case when outcome not in ('OPEN') then offered + wait + handling + interval '90 seconds' end,
                       outcome = 'RESOLVED' and r_again < 0.12
                from (
                    select g, members, r_caller, r_agent, r_sys1, r_sys2, r_again,
                           member,
                           case when member = '1085' then array['MinSundhedsplatform', 'Min Sundhed', 'Min Læge']
                                else array['MitID', 'MitID', 'Digital Post', 'Digital Post', 'borger.dk', 'Skat',
                                           'Min Sundhed'] end as systems,
                           ((date_trunc('week', current_date)::date - 364 + (floor(r_day * 260)::int / 5) * 7
                                 + floor(r_day * 260)::int %% 5)
                             + make_interval(hours => 8 + width_bucket(r_hour,
                                   array[0.06, 0.18, 0.32, 0.45, 0.56, 0.65, 0.74, 0.82, 0.89, 0.94, 0.98]),
                                 secs => r_sec * 3600)) at time zone 'Europe/Copenhagen' as offered,
                           make_interval(secs => least(900, -ln(1 - r_wait) * 25)) as wait,
                           make_interval(secs => 90 + r_handle * 720) as handling,
                           case when r_out < 0.08 then 'ABANDONED' when r_out < 0.10 then 'OPEN'
                                when r_out < (case when member = '1085' then 0.72 else 0.82 end) then 'RESOLVED'
                                when r_out < 0.90 then 'REFERRED'
                                when r_out < (case when member = '1085' then 0.97 else 0.95 end) then 'ESCALATED'
                                else 'TRANSFERRED' end as outcome
                    from (
                        select g, members, members[1 + floor(r_member * array_length(members, 1))::int] as member,
                               r_day, r_hour, r_sec, r_out, r_wait, r_handle, r_sys1, r_sys2, r_caller, r_again, r_agent
                        from (
                            select g, array['1085', '1085', '1085', '253', '253', '259', '259', '265', '265', '269',
                                            '306', '316', '316', '320', '326', '329', '330', '330', '336', '340', '350',
                                            '360', '370', '370', '376', '390'] as members,
                                   random() as r_member, random() as r_day, random() as r_hour, random() as r_sec,
                                   random() as r_out, random() as r_wait, random() as r_handle, random() as r_sys1,
                                   random() as r_sys2, random() as r_caller, random() as r_again, random() as r_agent
                            from generate_series(1, %d) g
                        ) draws
                    ) drawn
                ) contacts""".formatted(contacts);
    }

    /** One GET through the gateway, in microseconds; paced under the client's rate limit so nothing is refused. */
    static long timed(String url, String token) throws Exception {
        long start = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        long rest = GATEWAY_PACING_MILLIS - elapsed / 1_000_000;
        if (rest > 0) {
            Thread.sleep(rest);
        }
        return elapsed / 1_000;
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    static void cleanUp() throws Exception {
        String deleted = psql("with gone as (delete from contact where call_id like '" + PREFIX
                + "%' returning 1) select count(*) from gone");
        psql("vacuum analyze contact");
        System.out.printf("%ndeleted the bench's %s contacts%n", deleted);
    }

    static double percentile(long[] sorted, int p) {
        return sorted[(int) Math.ceil(p / 100.0 * sorted.length) - 1] / 1000.0;
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** One SQL statement in the call_log database as the postgres user; its output without headers. */
    static String psql(String sql) throws Exception {
        Process process = new ProcessBuilder("psql", "-h", PSQL_HOST, "-p", PSQL_PORT, "-U", PSQL_USER, "-d",
                        "call_log", "-v", "ON_ERROR_STOP=1", "-qAt", "-c", sql)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + output);
        }
        return output;
    }

    static String token(String client) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":demo-secret").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(IDENTITY + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("no token for " + client + ": " + response.body());
        }
        return token.group(1);
    }

    /** A growable array of longs: one per worker, so recording a latency needs no lock. */
    static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
