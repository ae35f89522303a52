package dk.ddh.hotline.system;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.EventProbe;
import dk.ddh.hotline.test.TestTokens;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Membership through the gateway of the {@link Platform running platform}: tokens from the identity
 * service, events over RabbitMQ, no event lost while the broker is away, problem responses for every refusal.
 */
class PlatformSystemTests {

    private static final Duration EVENT_WAIT = Duration.ofSeconds(30);

    private static Platform platform;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = Platform.running();
    }

    @Test
    void ddhAdminTokenFromIdentityCreatesMemberAndLineThroughGatewayAndEventsReachRabbitMQ() throws Exception {
        String token = platform.token("demo-ddh-admin");
        try (EventProbe events = platform.infrastructure.listen("hotline.membership", "#")) {
            HttpResponse<String> member = platform.send("POST", "/api/membership/v1/members", token, """
                    {"memberId": "751", "name": "Aarhus Kommune", "kind": "MUNICIPALITY"}""");
            assertThat(member.statusCode()).as(member.body()).isEqualTo(201);
            assertThat(Platform.json(member).get("status").asString()).isEqualTo("INVITED");

            HttpResponse<String> line = platform.send("POST", "/api/membership/v1/members/751/lines", token, """
                    {"number": "70 20 30 40", "scope": "GENERAL"}""");
            assertThat(line.statusCode()).as(line.body()).isEqualTo(201);
            assertThat(Platform.json(line).get("number").asString()).isEqualTo("+4570203040");

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
        String token = platform.token("demo-ddh-admin");
        List<String> codes = List.of("147", "151", "153", "155", "157");
        try (EventProbe events = platform.infrastructure.listen("hotline.membership", "member.registered")) {
            createMember(token, "165"); // its event shows that earlier events have all gone out
            assertThat(events.await(1, EVENT_WAIT).get(0).get("subject").asString())
                    .isEqualTo("165");

            platform.broker.cut();
            codes.forEach(code -> createMember(token, code));
            platform.broker.restore();

            // 165's confirm may be lost in the cut, so it can arrive twice: the same event, recognised by its id
            assertThat(events.awaitDistinct(1 + codes.size(), EVENT_WAIT).subList(1, 1 + codes.size()))
                    .extracting(e -> e.get("subject").asString())
                    .containsExactlyElementsOf(codes);
        }
    }

    @Test
    void memberAdminOfKoegeMayNotAddALineToGreveThroughTheGateway() throws Exception {
        String ddhAdmin = platform.token("demo-ddh-admin");
        platform.send("POST", "/api/membership/v1/members", ddhAdmin, """
                {"memberId": "253", "name": "Greve Kommune", "kind": "MUNICIPALITY"}""");

        HttpResponse<String> refused =
                platform.send("POST", "/api/membership/v1/members/253/lines", platform.token("demo-admin-koege"), """
                {"number": "70 20 30 41", "scope": "GENERAL"}""");

        Platform.assertProblem(refused, 403, "forbidden");
    }

    @Test
    void badInputGetsProblemJsonThroughTheGateway() throws Exception {
        String token = platform.token("demo-ddh-admin");

        Platform.assertProblem(
                platform.send("POST", "/api/membership/v1/members", token, "{\"memberId\": "),
                400,
                "malformed-request");
        HttpResponse<String> unknownKind = platform.send("POST", "/api/membership/v1/members", token, """
                {"memberId": "161", "name": "Glostrup Kommune", "kind": "CITY"}""");
        Platform.assertProblem(unknownKind, 400, "validation-failed");
        assertThat(Platform.json(unknownKind).get("errors").get(0).get("field").asString())
                .isEqualTo("kind");
    }

    @Test
    void tokenOfAForeignIssuerIsRefusedByGatewayAndByTheServiceItself() throws Exception {
        String foreign = TestTokens.forRoles("DDH_ADMIN").foreignIssuer().mint();

        Platform.assertProblem(Platform.send(get(platform.gateway, foreign)), 401, "unauthorized");
        Platform.assertProblem(Platform.send(get(platform.membership, foreign)), 401, "unauthorized");
    }

    @Test
    void requestWithoutTokenGetsProblemJsonFromTheGateway() throws Exception {
        HttpResponse<String> response = Platform.send(
                HttpRequest.newBuilder(URI.create(platform.gateway.baseUrl() + "/api/membership/v1/members"))
                        .build());

        Platform.assertProblem(response, 401, "unauthorized");
    }

    private static void createMember(String token, String code) {
        HttpResponse<String> created =
                platform.send("POST", "/api/membership/v1/members", token, """
                {"memberId": "%s", "name": "Kommune %s", "kind": "MUNICIPALITY"}""".formatted(code, code));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private static HttpRequest get(AppProcess app, String token) {
        return HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/membership/v1/members"))
                .header("Authorization", "Bearer " + token)
                .build();
    }
}
