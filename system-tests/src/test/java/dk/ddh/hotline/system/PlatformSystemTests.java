package dk.ddh.hotline.system;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.EventProbe;
import dk.ddh.hotline.test.TestTokens;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Membership and guides through the gateway of the {@link Platform running platform}: tokens from the identity
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
    void aMemberKnownFromMembershipsEventsWritesAGuideThatCitizensFindWithoutLogin() throws Exception {
        createMemberIfAbsent(platform.token("demo-ddh-admin"), "253");
        String greveAdmin = platform.token("demo-admin-greve");
        String guide = """
                {"owner": "253", "title": "Affaldssortering i Greve", "audience": "CITIZEN", "systems": ["borger.dk"],
                 "body": "Formål: borgeren vil vide, hvordan affaldet sorteres. 1. Åbn borger.dk. 2. Vælg Greve.",
                 "resolutions": []}""";

        HttpResponse<String> written =
                awaitAccepted(() -> platform.send("POST", "/api/guides/v1/guides", greveAdmin, guide));
        String guideId = Platform.json(written).get("guideId").asString();
        assertThat(platform.send("POST", "/api/guides/v1/guides/" + guideId + "/revisions/1/submit", greveAdmin, "{}")
                        .statusCode())
                .isEqualTo(200);
        String ddhAdmin = platform.token("demo-ddh-admin");
        HttpResponse<String> approved = platform.send(
                "POST",
                "/api/guides/v1/guides/" + guideId + "/revisions/1/approve",
                ddhAdmin,
                "{\"checklist\": " + fullChecklist(ddhAdmin) + "}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

        HttpResponse<String> found = Platform.send(HttpRequest.newBuilder(
                        URI.create(platform.gateway.baseUrl() + "/api/guides/v1/public/search?q=affaldet&member=253"))
                .build());
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(Platform.json(found).get("items").get(0).get("guideId").asString())
                .isEqualTo(guideId);
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
        HttpResponse<String> checklist = Platform.send(
                HttpRequest.newBuilder(URI.create(platform.gateway.baseUrl() + "/api/guides/v1/checklist"))
                        .header("Authorization", "Bearer " + token)
                        .build());
        List<String> ids = Platform.json(checklist)
                .valueStream()
                .map(item -> "\"" + item.get("id").asString() + "\"")
                .toList();
        return "[" + String.join(",", ids) + "]";
    }

    private static void createMemberIfAbsent(String token, String code) {
        HttpResponse<String> created =
                platform.send("POST", "/api/membership/v1/members", token, """
                {"memberId": "%s", "name": "Kommune %s", "kind": "MUNICIPALITY"}""".formatted(code, code));
        assertThat(created.statusCode()).as(created.body()).isIn(201, 409);
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
