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
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform as a newcomer runs it: identity, the services and the gateway as separate JVMs from their jars, on real
 * PostgreSQL and RabbitMQ, talking only over HTTP and AMQP. Started once for every system test class, stopped when the
 * test JVM ends. Membership reaches RabbitMQ through a proxy the tests can cut, as when the broker goes away.
 */
final class Platform {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Platform running;

    final IsolatedInfrastructure infrastructure;
    final RabbitProxy broker;
    final AppProcess identity;
    final AppProcess membership;
    final AppProcess guides;
    final AppProcess callLog;
    final AppProcess gateway;

    private Platform(
            IsolatedInfrastructure infrastructure,
            RabbitProxy broker,
            AppProcess identity,
            AppProcess membership,
            AppProcess guides,
            AppProcess callLog,
            AppProcess gateway) {
        this.infrastructure = infrastructure;
        this.broker = broker;
        this.identity = identity;
        this.membership = membership;
        this.guides = guides;
        this.callLog = callLog;
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
        String issuer = "http://localhost:" + identityPort;
        AppProcess identity = AppProcess.start(
                "identity",
                "services/identity",
                Map.of("server.port", String.valueOf(identityPort), "hotline.identity.issuer", issuer));
        Map<String, String> membershipProperties = service(infrastructure.springProperties(), issuer);
        membershipProperties.put("hotline.outbox.max-backoff", "2s");
        AppProcess membership = AppProcess.start("membership", "services/membership", membershipProperties);
        AppProcess guides = AppProcess.start(
                "guides", "services/guides", service(infrastructure.springProperties("guides"), issuer));
        Map<String, String> callLogProperties = service(infrastructure.springProperties("call_log"), issuer);
        callLogProperties.put("hotline.call-log.caller-hash-key", "system-test-caller-hash-key-0123456789");
        AppProcess callLog = AppProcess.start("call-log", "services/call-log", callLogProperties);
        identity.awaitReady();
        membership.awaitReady();
        guides.awaitReady();
        callLog.awaitReady();
        AppProcess gateway = AppProcess.start(
                        "gateway",
                        "gateway",
                        Map.of(
                                "spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer,
                                "hotline.gateway.services.membership.uri", membership.baseUrl(),
                                "hotline.gateway.services.guides.uri", guides.baseUrl(),
                                "hotline.gateway.services.call-log.uri", callLog.baseUrl()))
                .awaitReady();
        return new Platform(infrastructure, broker, identity, membership, guides, callLog, gateway);
    }

    private static Map<String, String> service(Map<String, String> infrastructure, String issuer) {
        Map<String, String> properties = new HashMap<>(infrastructure);
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);
        return properties;
    }

    private void stop() {
        for (AutoCloseable closeable :
                new AutoCloseable[] {gateway, callLog, guides, membership, identity, infrastructure}) {
            try {
                closeable.close();
            } catch (Exception e) {
                System.err.println("Stopping the platform: " + e);
            }
        }
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
}
