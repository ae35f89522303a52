package dk.ddh.hotline.system;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.EventProbe;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The guides through the gateway of the {@link Platform running platform}, with tokens of the demo clients: four eyes
 * on publishing, Danish search, drafts hidden from other members, citizens' guides without login, and an agent's
 * passed course on RabbitMQ. Guides learns members only from membership's events.
 */
class GuidesSystemTests {

    private static Platform platform;

    @BeforeAll
    static void membersAreKnown() throws Exception {
        platform = Platform.running();
        platform.registerMemberIfAbsent("1085", "Region Sjælland", "REGION");
        platform.registerMemberIfAbsent("253", "Greve Kommune", "MUNICIPALITY");
    }

    @Test
    void theRegionsGuideIsPublishedBySomeoneElseAndAgentsFindItByInflectionAndSynonym() throws Exception {
        String region = platform.token("demo-region-admin");
        HttpResponse<String> written =
                platform.awaitAccepted(() -> platform.send("POST", "/api/guides/v1/guides", region, """
                {"owner": "1085", "title": "Nulstilling af adgangskode i MinSundhedsplatform", "audience": "AGENT",
                 "systems": ["MinSundhedsplatform"], "resolutions": [],
                 "body": "Formål: borgeren kan ikke logge på. 1. Åbn MinSundhedsplatform 2025. 2. Vælg Glemt adgangskode for at nulstille den."}"""));
        String guideId = Platform.json(written).get("guideId").asString();
        String revision = "/api/guides/v1/guides/" + guideId + "/revisions/1";
        assertThat(platform.send("POST", revision + "/submit", region, "{}").statusCode())
                .isEqualTo(200);

        String ddh = platform.token("demo-ddh-admin");
        Platform.assertProblem(
                platform.send("POST", revision + "/approve", region, platform.approval(region)),
                403,
                "reviewer-is-author");
        HttpResponse<String> approved = platform.send("POST", revision + "/approve", ddh, platform.approval(ddh));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

        String agent = platform.token("demo-agent");
        assertThat(guideIds(platform.get("/api/guides/v1/search?member=1085&q=nulstiller", agent)))
                .as("an inflected form")
                .contains(guideId);
        assertThat(guideIds(platform.get("/api/guides/v1/search?member=1085&q=MinSP", agent)))
                .as("a synonym")
                .contains(guideId);
        assertThat(guideIds(platform.get("/api/guides/v1/public/search?q=MinSP", null)))
                .as("an AGENT guide is not public")
                .doesNotContain(guideId);
    }

    @Test
    void anotherMunicipalitysAdminCannotSeeGrevesDraft() throws Exception {
        String greve = platform.token("demo-admin-greve");
        HttpResponse<String> written =
                platform.awaitAccepted(() -> platform.send("POST", "/api/guides/v1/guides", greve, """
                {"owner": "253", "title": "Parkeringstilladelse i Greve", "audience": "AGENT", "systems": ["borger.dk"],
                 "body": "Formål: borgeren søger parkeringstilladelse. 1. Åbn borger.dk.", "resolutions": []}"""));
        String draft =
                "/api/guides/v1/guides/" + Platform.json(written).get("guideId").asString();

        assertThat(platform.get(draft, greve).statusCode()).isEqualTo(200);
        Platform.assertProblem(platform.get(draft, platform.token("demo-admin-koege")), 404, "not-found");
    }

    @Test
    void aMemberKnownFromMembershipsEventsWritesAGuideThatCitizensFindWithoutLogin() throws Exception {
        String greveAdmin = platform.token("demo-admin-greve");
        String guide = """
                {"owner": "253", "title": "Affaldssortering i Greve", "audience": "CITIZEN", "systems": ["borger.dk"],
                 "body": "Formål: borgeren vil vide, hvordan affaldet sorteres. 1. Åbn borger.dk. 2. Vælg Greve.",
                 "resolutions": []}""";

        HttpResponse<String> written =
                platform.awaitAccepted(() -> platform.send("POST", "/api/guides/v1/guides", greveAdmin, guide));
        String guideId = Platform.json(written).get("guideId").asString();
        assertThat(platform.send("POST", "/api/guides/v1/guides/" + guideId + "/revisions/1/submit", greveAdmin, "{}")
                        .statusCode())
                .isEqualTo(200);
        String ddhAdmin = platform.token("demo-ddh-admin");
        HttpResponse<String> approved = platform.send(
                "POST",
                "/api/guides/v1/guides/" + guideId + "/revisions/1/approve",
                ddhAdmin,
                platform.approval(ddhAdmin));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

        HttpResponse<String> found = Platform.send(HttpRequest.newBuilder(
                        URI.create(platform.gateway.baseUrl() + "/api/guides/v1/public/search?q=affaldet&member=253"))
                .build());
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(guideIds(found)).containsExactly(guideId);
    }

    @Test
    void anAgentPassesACourseAndTrainingCompletedIsOnRabbitMq() throws Exception {
        String ddh = platform.token("demo-ddh-admin");
        HttpResponse<String> written = platform.send("POST", "/api/guides/v1/courses", ddh, """
                {"owner": "common", "title": "Sundhedsapps", "description": "Hvilken app til hvad.",
                 "competency": "HEALTH_APPS", "passThreshold": 100,
                 "lessons": [{"title": "Egen læge", "text": "Min Læge er appen til egen læge.", "guides": []}],
                 "questions": [{"text": "Hvilken app bruger borgeren til egen læge?",
                                "options": ["Min Sundhed", "MinSundhedsplatform", "Min Læge"], "correct": [3]}]}""");
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
        String course = "/api/guides/v1/courses/"
                + Platform.json(written).get("courseId").asString();
        assertThat(platform.send("POST", course + "/publish", ddh, null).statusCode())
                .isEqualTo(200);

        String agent = platform.token("demo-agent");
        try (EventProbe events = platform.infrastructure.listen("hotline.guides", "training.completed")) {
            HttpResponse<String> started = platform.send("POST", course + "/attempts", agent, null);
            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            String attempt = "/api/guides/v1/attempts/"
                    + Platform.json(started).get("attemptId").asString();
            assertThat(platform.send("POST", attempt + "/answers", agent, """
                            {"question": 1, "options": [3]}""").statusCode())
                    .isEqualTo(200);
            HttpResponse<String> submitted = platform.send("POST", attempt + "/submit", agent, null);

            assertThat(Platform.json(submitted).get("result").get("passed").asBoolean())
                    .as(submitted.body())
                    .isTrue();
            JsonNode completed = events.await(1, Platform.EVENT_WAIT).get(0).get("data");
            assertThat(completed.get("agent").asString()).isEqualTo("demo-agent");
            assertThat(completed.get("competency").asString()).isEqualTo("HEALTH_APPS");
        }
    }

    private static List<String> guideIds(HttpResponse<String> search) {
        assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
        return Platform.json(search)
                .get("items")
                .valueStream()
                .map(item -> item.get("guideId").asString())
                .toList();
    }
}
