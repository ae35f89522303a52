package dk.ddh.hotline.system;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.EventProbe;
import dk.ddh.hotline.test.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform as a newcomer runs it: identity, membership and gateway as separate JVMs from their jars, on real
 * PostgreSQL and RabbitMQ, talking only over HTTP and AMQP.
 */
class PlatformSystemTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static SystemTestInfrastructure infrastructure;
    private static AppProcess identity;
    private static AppProcess membership;
    private static AppProcess gateway;
    private static CachingConnectionFactory rabbit;

    @BeforeAll
    static void startPlatform() throws Exception {
        infrastructure = SystemTestInfrastructure.create();
        int identityPort = AppProcess.freePort();
        String issuer = "http://localhost:" + identityPort;
        identity = AppProcess.start(
                "identity",
                "services/identity",
                Map.of("server.port", String.valueOf(identityPort), "hotline.identity.issuer", issuer));
        membership = AppProcess.start("membership", "services/membership", infrastructure.membershipProperties(issuer));
        identity.awaitReady();
        membership.awaitReady();
        gateway = AppProcess.start(
                        "gateway",
                        "gateway",
                        Map.of(
                                "spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer,
                                "hotline.gateway.services.membership", membership.baseUrl()))
                .awaitReady();
        rabbit = infrastructure.rabbitConnectionFactory();
    }

    @AfterAll
    static void stopPlatform() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {gateway, membership, identity, rabbit::destroy}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    void ddhAdminTokenFromIdentityCreatesMemberAndLineThroughGatewayAndEventsReachRabbitMQ() throws Exception {
        String token = clientCredentialsToken("demo-ddh-admin");
        try (var events = EventProbe.listen(rabbit, "hotline.membership", "#")) {
            var member = send("POST", "/api/membership/v1/members", token, """
                    {"memberId": "751", "name": "Aarhus Kommune", "kind": "MUNICIPALITY"}""");
            assertThat(member.statusCode()).isEqualTo(201);
            assertThat(json(member).get("status").asString()).isEqualTo("INVITED");

            var line = send("POST", "/api/membership/v1/members/751/lines", token, """
                    {"number": "70 20 30 40", "scope": "GENERAL"}""");
            assertThat(line.statusCode()).isEqualTo(201);
            assertThat(json(line).get("number").asString()).isEqualTo("+4570203040");

            List<JsonNode> published = events.await(2, Duration.ofSeconds(20));
            assertThat(published).extracting(e -> e.get("type").asString())
                    .containsExactly("member.registered", "line.registered");
            assertThat(published.get(1).get("data").get("line").get("memberId").asString())
                    .isEqualTo("751");
        }
    }

    @Test
    void memberAdminOfKoegeMayNotAddALineToGreveThroughTheGateway() throws Exception {
        String ddhAdmin = clientCredentialsToken("demo-ddh-admin");
        send("POST", "/api/membership/v1/members", ddhAdmin, """
                {"memberId": "253", "name": "Greve Kommune", "kind": "MUNICIPALITY"}""");

        var refused = send("POST", "/api/membership/v1/members/253/lines", clientCredentialsToken("demo-admin-koege"), """
                {"number": "70 20 30 41", "scope": "GENERAL"}""");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void tokenOfAForeignIssuerIsRefusedByGatewayAndByTheServiceItself() throws Exception {
        String foreign = TestTokens.forRoles("DDH_ADMIN").foreignIssuer().mint();

        var atGateway = HTTP.send(
                get(gateway.baseUrl() + "/api/membership/v1/members", foreign), HttpResponse.BodyHandlers.ofString());
        var atService = HTTP.send(
                get(membership.baseUrl() + "/api/membership/v1/members", foreign),
                HttpResponse.BodyHandlers.ofString());

        assertThat(atGateway.statusCode()).isEqualTo(401);
        assertThat(atService.statusCode()).isEqualTo(401);
    }

    @Test
    void requestWithoutTokenGetsProblemJsonFromTheGateway() throws Exception {
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/api/membership/v1/members"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).get("type").asString())
                .isEqualTo("https://hotline.ddh.dk/problems/unauthorized");
    }

    private static String clientCredentialsToken(String client) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(identity.baseUrl() + "/oauth2/token"))
                .header("Authorization", basic(client, "demo-secret"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }

    private static HttpResponse<String> send(String method, String path, String token, String body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(gateway.baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .build();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
