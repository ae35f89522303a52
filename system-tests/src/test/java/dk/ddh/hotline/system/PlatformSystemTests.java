package dk.ddh.hotline.system;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.EventProbe;
import dk.ddh.hotline.test.IsolatedInfrastructure;
import dk.ddh.hotline.test.RabbitProxy;
import dk.ddh.hotline.test.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform as a newcomer runs it: identity, membership and gateway as separate JVMs from their jars, on real
 * PostgreSQL and RabbitMQ, talking only over HTTP and AMQP. Membership reaches RabbitMQ through a proxy the tests can
 * cut, as when the broker goes away in production.
 */
class PlatformSystemTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration EVENT_WAIT = Duration.ofSeconds(30);

    private static IsolatedInfrastructure infrastructure;
    private static RabbitProxy broker;
    private static AppProcess identity;
    private static AppProcess membership;
    private static AppProcess guides;
    private static AppProcess gateway;

    @BeforeAll
    static void startPlatform() throws Exception {
        infrastructure = IsolatedInfrastructure.provision("platform_system_tests");
        broker = infrastructure.rabbitThroughProxy();
        int identityPort = AppProcess.freePort();
        String issuer = "http://localhost:" + identityPort;
        identity = AppProcess.start(
                "identity",
                "services/identity",
                Map.of("server.port", String.valueOf(identityPort), "hotline.identity.issuer", issuer));
        Map<String, String> membershipProperties = new HashMap<>(infrastructure.springProperties());
        membershipProperties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);
        membershipProperties.put("hotline.outbox.max-backoff", "2s");
        membership = AppProcess.start("membership", "services/membership", membershipProperties);
        Map<String, String> guidesProperties = new HashMap<>(infrastructure.springProperties("guides"));
        guidesProperties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);
        guides = AppProcess.start("guides", "services/guides", guidesProperties);
        identity.awaitReady();
        membership.awaitReady();
        guides.awaitReady();
        gateway = AppProcess.start(
                        "gateway",
                        "gateway",
                        Map.of(
                                "spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer,
                                "hotline.gateway.services.membership.uri", membership.baseUrl(),
                                "hotline.gateway.services.guides.uri", guides.baseUrl()))
                .awaitReady();
    }

    @AfterAll
    static void stopPlatform() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {gateway, guides, membership, identity, infrastructure}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    void ddhAdminTokenFromIdentityCreatesMemberAndLineThroughGatewayAndEventsReachRabbitMQ() throws Exception {
        String token = clientCredentialsToken("demo-ddh-admin");
        try (EventProbe events = infrastructure.listen("hotline.membership", "#")) {
            HttpResponse<String> member = send("POST", "/api/membership/v1/members", token, """
                    {"memberId": "751", "name": "Aarhus Kommune", "kind": "MUNICIPALITY"}""");
            assertThat(member.statusCode()).as(member.body()).isEqualTo(201);
            assertThat(json(member).get("status").asString()).isEqualTo("INVITED");

            HttpResponse<String> line = send("POST", "/api/membership/v1/members/751/lines", token, """
                    {"number": "70 20 30 40", "scope": "GENERAL"}""");
            assertThat(line.statusCode()).as(line.body()).isEqualTo(201);
            assertThat(json(line).get("number").asString()).isEqualTo("+4570203040");

            List<JsonNode> published = events.await(2, EVENT_WAIT);
            assertThat(published)
                    .extracting(e -> e.get("type").asString())
                    .containsExactly("member.registered", "line.registered");
            assertThat(published.get(1).get("data").get("line").get("memberId").asString())
                    .isEqualTo("751");
        }
    }

    @Test
    void membersCreatedWhileRabbitMqIsAwayAllReachItAfterwards() throws Exception {
        String token = clientCredentialsToken("demo-ddh-admin");
        List<String> codes = List.of("147", "151", "153", "155", "157");
        try (EventProbe events = infrastructure.listen("hotline.membership", "member.registered")) {
            createMember(token, "165"); // its event shows that earlier events have all gone out
            assertThat(events.await(1, EVENT_WAIT).get(0).get("subject").asString())
                    .isEqualTo("165");
            events.clear();

            broker.cut();
            codes.forEach(code -> createMember(token, code));
            broker.restore();

            assertThat(events.await(codes.size(), EVENT_WAIT))
                    .extracting(e -> e.get("subject").asString())
                    .containsExactlyElementsOf(codes);
        }
    }

    @Test
    void aMemberKnownFromMembershipsEventsWritesAGuideThatCitizensFindWithoutLogin() throws Exception {
        createMemberIfAbsent(clientCredentialsToken("demo-ddh-admin"), "253");
        String greveAdmin = clientCredentialsToken("demo-admin-greve");
        String guide = """
                {"owner": "253", "title": "Affaldssortering i Greve", "audience": "CITIZEN", "systems": ["borger.dk"],
                 "body": "Formål: borgeren vil vide, hvordan affaldet sorteres. 1. Åbn borger.dk. 2. Vælg Greve.",
                 "resolutions": []}""";

        HttpResponse<String> written = awaitAccepted(() -> send("POST", "/api/guides/v1/guides", greveAdmin, guide));
        String guideId = json(written).get("guideId").asString();
        assertThat(send("POST", "/api/guides/v1/guides/" + guideId + "/revisions/1/submit", greveAdmin, "{}")
                        .statusCode())
                .isEqualTo(200);
        String ddhAdmin = clientCredentialsToken("demo-ddh-admin");
        HttpResponse<String> approved = send(
                "POST",
                "/api/guides/v1/guides/" + guideId + "/revisions/1/approve",
                ddhAdmin,
                "{\"checklist\": " + fullChecklist(ddhAdmin) + "}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

        HttpResponse<String> found = HTTP.send(
                HttpRequest.newBuilder(
                                URI.create(gateway.baseUrl() + "/api/guides/v1/public/search?q=affaldet&member=253"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(json(found).get("items").get(0).get("guideId").asString()).isEqualTo(guideId);
    }

    @Test
    void memberAdminOfKoegeMayNotAddALineToGreveThroughTheGateway() throws Exception {
        String ddhAdmin = clientCredentialsToken("demo-ddh-admin");
        send("POST", "/api/membership/v1/members", ddhAdmin, """
                {"memberId": "253", "name": "Greve Kommune", "kind": "MUNICIPALITY"}""");

        HttpResponse<String> refused =
                send("POST", "/api/membership/v1/members/253/lines", clientCredentialsToken("demo-admin-koege"), """
                {"number": "70 20 30 41", "scope": "GENERAL"}""");

        assertProblem(refused, 403, "forbidden");
    }

    @Test
    void badInputGetsProblemJsonThroughTheGateway() throws Exception {
        String token = clientCredentialsToken("demo-ddh-admin");

        assertProblem(send("POST", "/api/membership/v1/members", token, "{\"memberId\": "), 400, "malformed-request");
        HttpResponse<String> unknownKind = send("POST", "/api/membership/v1/members", token, """
                {"memberId": "161", "name": "Glostrup Kommune", "kind": "CITY"}""");
        assertProblem(unknownKind, 400, "validation-failed");
        assertThat(json(unknownKind).get("errors").get(0).get("field").asString())
                .isEqualTo("kind");
    }

    @Test
    void tokenOfAForeignIssuerIsRefusedByGatewayAndByTheServiceItself() throws Exception {
        String foreign = TestTokens.forRoles("DDH_ADMIN").foreignIssuer().mint();

        assertProblem(HTTP.send(get(gateway, foreign), HttpResponse.BodyHandlers.ofString()), 401, "unauthorized");
        assertProblem(HTTP.send(get(membership, foreign), HttpResponse.BodyHandlers.ofString()), 401, "unauthorized");
    }

    @Test
    void requestWithoutTokenGetsProblemJsonFromTheGateway() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/api/membership/v1/members"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 401, "unauthorized");
    }

    /** Retries while guides does not know the member yet: it learns of members from membership's events. */
    private static HttpResponse<String> awaitAccepted(Supplier<HttpResponse<String>> request) throws Exception {
        Instant deadline = Instant.now().plus(EVENT_WAIT);
        HttpResponse<String> response = request.get();
        while (response.statusCode() == 400 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            response = request.get();
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }

    private static String fullChecklist(String token) throws Exception {
        HttpResponse<String> checklist = HTTP.send(
                HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/api/guides/v1/checklist"))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> ids = json(checklist)
                .valueStream()
                .map(item -> "\"" + item.get("id").asString() + "\"")
                .toList();
        return "[" + String.join(",", ids) + "]";
    }

    private static void createMemberIfAbsent(String token, String code) {
        HttpResponse<String> created = send("POST", "/api/membership/v1/members", token, """
                {"memberId": "%s", "name": "Kommune %s", "kind": "MUNICIPALITY"}""".formatted(code, code));
        assertThat(created.statusCode()).as(created.body()).isIn(201, 409);
    }

    private static void createMember(String token, String code) {
        HttpResponse<String> created = send("POST", "/api/membership/v1/members", token, """
                {"memberId": "%s", "name": "Kommune %s", "kind": "MUNICIPALITY"}""".formatted(code, code));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("type").asString()).isEqualTo("https://hotline.ddh.dk/problems/" + slug);
    }

    private static String clientCredentialsToken(String client) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((client + ":demo-secret").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(identity.baseUrl() + "/oauth2/token"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("access_token").asString();
    }

    private static HttpResponse<String> send(String method, String path, String token, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest get(AppProcess app, String token) {
        return HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/membership/v1/members"))
                .header("Authorization", "Bearer " + token)
                .build();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
