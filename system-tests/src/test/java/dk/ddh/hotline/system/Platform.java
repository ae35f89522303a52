package dk.ddh.hotline.system;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.IsolatedInfrastructure;
import dk.ddh.hotline.test.RabbitProxy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform as a newcomer runs it: identity, the services and the gateway as separate JVMs from their jars, on real
 * PostgreSQL and RabbitMQ, talking only over HTTP and AMQP. Started once for every system test class, stopped when the
 * test JVM ends. Membership reaches RabbitMQ through a proxy the tests can cut, as when the broker goes away.
 */
final class Platform {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** How long the services may take to learn from each other's events. */
    static final Duration EVENT_WAIT = Duration.ofSeconds(30);

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Platform running;

    final IsolatedInfrastructure infrastructure;
    final RabbitProxy broker;
    final AppProcess identity;
    final AppProcess membership;
    final AppProcess guides;
    final AppProcess callLog;
    final AppProcess web;
    /** Replaced when a test restarts it; the port stays. */
    volatile AppProcess gateway;

    private Platform(
            IsolatedInfrastructure infrastructure,
            RabbitProxy broker,
            AppProcess identity,
            AppProcess membership,
            AppProcess guides,
            AppProcess callLog,
            AppProcess web,
            AppProcess gateway) {
        this.infrastructure = infrastructure;
        this.broker = broker;
        this.identity = identity;
        this.membership = membership;
        this.guides = guides;
        this.callLog = callLog;
        this.web = web;
        this.gateway = gateway;
    }

    static synchronized Platform running() throws Exception {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
        }
        return running;
    }

    private static Platform start() throws Exception {
        IsolatedInfrastructure infrastructure = IsolatedInfrastructure.provision("platform_system_tests");
        RabbitProxy broker = infrastructure.rabbitThroughProxy();
        int identityPort = AppProcess.freePort();
        int gatewayPort = AppProcess.freePort();
        String issuer = "http://localhost:" + identityPort;
        // Browsers reach the gateway on 127.0.0.1 and the identity provider on localhost, as two sites.
        AppProcess identity = AppProcess.start(
                "identity",
                "services/identity",
                Map.of(
                        "server.port",
                        String.valueOf(identityPort),
                        "hotline.identity.issuer",
                        issuer,
                        "HOTLINE_GATEWAY_URL",
                        "http://127.0.0.1:" + gatewayPort));
        Map<String, String> membershipProperties = service(infrastructure.springProperties(), issuer);
        membershipProperties.put("hotline.outbox.max-backoff", "2s");
        AppProcess membership = AppProcess.start("membership", "services/membership", membershipProperties);
        AppProcess guides = AppProcess.start(
                "guides", "services/guides", service(infrastructure.springProperties("guides"), issuer));
        Map<String, String> callLogProperties = service(infrastructure.springProperties("call_log"), issuer);
        callLogProperties.put("hotline.call-log.caller-hash-key", "system-test-caller-hash-key-0123456789");
        AppProcess callLog = AppProcess.start("call-log", "services/call-log", callLogProperties);
        Map<String, String> webProperties = new HashMap<>(rabbit(infrastructure.springProperties()));
        webProperties.put("HOTLINE_ISSUER_URI", issuer);
        webProperties.put("hotline.web.services.membership", membership.baseUrl());
        webProperties.put("hotline.web.services.guides", guides.baseUrl());
        webProperties.put("hotline.web.services.call-log", callLog.baseUrl());
        AppProcess web = AppProcess.start("web", "web", webProperties);
        identity.awaitReady();
        membership.awaitReady();
        guides.awaitReady();
        callLog.awaitReady();
        web.awaitReady();
        AppProcess gateway = AppProcess.start(
                        "gateway",
                        "gateway",
                        Map.of(
                                "server.port", String.valueOf(gatewayPort),
                                "HOTLINE_ISSUER_URI", issuer,
                                "hotline.gateway.services.membership.uri", membership.baseUrl(),
                                "hotline.gateway.services.guides.uri", guides.baseUrl(),
                                "hotline.gateway.services.call-log.uri", callLog.baseUrl(),
                                "hotline.gateway.web.uri", web.baseUrl(),
                                // The local Redis, with keys of this run only.
                                "spring.session.data.redis.namespace", "hotline:system-test:" + UUID.randomUUID()))
                .awaitReady();
        return new Platform(infrastructure, broker, identity, membership, guides, callLog, web, gateway);
    }

    private static Map<String, String> rabbit(Map<String, String> infrastructure) {
        Map<String, String> rabbit = new HashMap<>();
        infrastructure.forEach((key, value) -> {
            if (key.startsWith("spring.rabbitmq.")) {
                rabbit.put(key, value);
            }
        });
        return rabbit;
    }

    private static Map<String, String> service(Map<String, String> infrastructure, String issuer) {
        Map<String, String> properties = new HashMap<>(infrastructure);
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);
        return properties;
    }

    private void stop() {
        for (AutoCloseable closeable :
                new AutoCloseable[] {gateway, web, callLog, guides, membership, identity, infrastructure}) {
            try {
                closeable.close();
            } catch (Exception e) {
                System.err.println("Stopping the platform: " + e);
            }
        }
    }

    /** Restarts the gateway: browser sessions live in Redis and must outlive it. */
    void restartGateway() throws IOException, InterruptedException {
        gateway = gateway.restart();
    }

    /** A client-credentials token of a demo client from the identity service. */
    String token(String client) {
        String credentials =
                Base64.getEncoder().encodeToString((client + ":demo-secret").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(identity.baseUrl() + "/oauth2/token"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("access_token").asString();
    }

    /** A request through the gateway; no token when {@code token} is null. */
    HttpResponse<String> send(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.baseUrl() + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    HttpResponse<String> get(String path, String token) {
        return send("GET", path, token, null);
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static void assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("type").asString()).isEqualTo("https://hotline.ddh.dk/problems/" + slug);
    }

    /** Retries while guides does not know the member yet: it learns of members from membership's events. */
    HttpResponse<String> awaitAccepted(Supplier<HttpResponse<String>> request) throws Exception {
        Instant deadline = Instant.now().plus(EVENT_WAIT);
        HttpResponse<String> response = request.get();
        while (response.statusCode() == 400 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            response = request.get();
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }

    /** An approval with every item of DDH's quality checklist ticked. */
    String approval(String token) {
        List<String> ids = Platform.json(get("/api/guides/v1/checklist", token))
                .valueStream()
                .map(item -> "\"" + item.get("id").asString() + "\"")
                .toList();
        return "{\"checklist\": [" + String.join(",", ids) + "]}";
    }

    /** Waits until call-log has learnt from membership's events what the query counts. */
    void awaitInCallLog(String what, String countQuery, int expected) throws Exception {
        Map<String, String> db = infrastructure.springProperties("call_log");
        Instant deadline = Instant.now().plus(EVENT_WAIT);
        try (Connection connection = DriverManager.getConnection(
                db.get("spring.datasource.url"),
                db.get("spring.datasource.username"),
                db.get("spring.datasource.password"))) {
            while (count(connection, countQuery) != expected) {
                assertThat(Instant.now()).as("call-log learns " + what).isBefore(deadline);
                Thread.sleep(200);
            }
        }
    }

    private static int count(Connection connection, String query) throws SQLException {
        try (ResultSet counted = connection.createStatement().executeQuery(query)) {
            counted.next();
            return counted.getInt(1);
        }
    }

    /** Registers the member through the gateway as DDH, unless it is registered already. */
    void registerMemberIfAbsent(String memberId, String name, String kind) {
        HttpResponse<String> registered = send(
                "POST", "/api/membership/v1/members", token("demo-ddh-admin"), """
                {"memberId": "%s", "name": "%s", "kind": "%s"}""".formatted(memberId, name, kind));
        assertThat(registered.statusCode()).as(registered.body()).isIn(201, 409);
    }
}
