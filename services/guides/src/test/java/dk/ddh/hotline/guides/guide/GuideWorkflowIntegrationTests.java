package dk.ddh.hotline.guides.guide;

import static dk.ddh.hotline.guides.GuideSteps.agent;
import static dk.ddh.hotline.guides.GuideSteps.ddhAdmin;
import static dk.ddh.hotline.guides.GuideSteps.guide;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.guides.GuideSteps;
import dk.ddh.hotline.guides.membership.KnownMemberService;
import dk.ddh.hotline.test.EventProbe;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestClock;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;

/** The quality workflow end to end over HTTP: revisions, four eyes, checklist, history, diff and review dates. */
@HotlineIntegrationTest
class GuideWorkflowIntegrationTests {

    private static final TestClock CLOCK = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    private static final String BODY = """
            Formål: hjælp borgeren, der har mistet sin telefon med MitID-appen.

            1. Bed borgeren spærre MitID på mitid.dk.
            2. Bestil en ny MitID-app via borgerservice.
            3. Aktivér appen på den nye telefon.""";

    @TestBean(name = "clock")
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @LocalServerPort
    int port;

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    KnownMemberService members;

    TestHttp api;
    GuideSteps steps;
    final String anne = ddhAdmin("anne");
    final String bo = ddhAdmin("bo");

    @BeforeEach
    void setUp() {
        api = TestHttp.at("http://localhost:" + port + "/api/guides/v1");
        steps = new GuideSteps(api);
        GuideSteps.know(members, "253");
    }

    @Test
    void writesADraftThatASecondPersonReviewsAndPublishes() {
        try (EventProbe probe = EventProbe.listen(connectionFactory, "hotline.guides", "guide.published")) {
            Response written =
                    api.post(anne, "/guides", guide("common", "Mistet telefon med MitID", BODY, "AGENT", "mitid"));
            assertThat(written.status()).isEqualTo(201);
            assertThat(written.body().path("status").asString()).isEqualTo("DRAFT");
            assertThat(written.texts("systems")).containsExactly("MitID");
            String id = written.body().path("guideId").asString();
            assertThat(written.location()).hasToString("http://localhost:" + port + "/api/guides/v1/guides/" + id);
            assertThat(api.get(agent("253"), "/guides/" + id).status()).isEqualTo(404);

            assertThat(api.post(anne, "/guides/" + id + "/revisions/1/submit", null)
                            .body()
                            .path("status")
                            .asString())
                    .isEqualTo("IN_REVIEW");
            Response approved = steps.approve(bo, id, 1);

            assertThat(approved.status()).isEqualTo(200);
            assertThat(approved.body().path("status").asString()).isEqualTo("PUBLISHED");
            assertThat(approved.body().path("reviewer").asString()).isEqualTo("bo");
            assertThat(approved.body().path("reviewDue").asString()).isEqualTo("2027-03-02");
            JsonNode live = api.get(agent("253"), "/guides/" + id).body();
            assertThat(live.path("live").path("title").asString()).isEqualTo("Mistet telefon med MitID");
            assertThat(live.path("open").isNull()).isTrue();

            JsonNode event = probe.await(1, Duration.ofSeconds(30)).get(0);
            assertThat(event.path("type").asString()).isEqualTo("guide.published");
            assertThat(event.path("subject").asString()).isEqualTo(id);
            assertThat(event.path("data").path("revision").asInt()).isEqualTo(1);
            assertThat(event.path("data").path("reviewDue").asString()).isEqualTo("2027-03-02");
        }
    }

    @Test
    void aDraftSentAgainWithItsIdempotencyKeyIsWrittenOnce() {
        Map<String, Object> draft = guide("common", "Digital Post på tablet", BODY, "AGENT", "digital-post");

        Response first = api.post(anne, "/guides", draft, Map.of("Idempotency-Key", "draft-tablet"));
        Response retry = api.post(anne, "/guides", draft, Map.of("Idempotency-Key", "draft-tablet"));
        Response another = api.post(anne, "/guides", draft, Map.of("Idempotency-Key", "draft-tablet-2"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body().path("guideId")).isEqualTo(first.body().path("guideId"));
        assertThat(another.body().path("guideId")).isNotEqualTo(first.body().path("guideId"));
    }

    @Test
    void refusesTheAuthorReviewingTheirOwnRevision() {
        String id = submittedGuide("Digital Post første gang");

        Response approveOwn = steps.approve(anne, id, 1);
        Response rejectOwn = api.post(anne, "/guides/" + id + "/revisions/1/reject", Map.of("comment", "ok"));

        assertThat(approveOwn.status()).isEqualTo(403);
        assertThat(approveOwn.contentType()).startsWith("application/problem+json");
        assertThat(approveOwn.problem()).isEqualTo("reviewer-is-author");
        assertThat(rejectOwn.status()).isEqualTo(403);
        assertThat(rejectOwn.problem()).isEqualTo("reviewer-is-author");
        assertThat(api.get(anne, "/guides/" + id)
                        .body()
                        .path("open")
                        .path("status")
                        .asString())
                .isEqualTo("IN_REVIEW");
    }

    @Test
    void publishesOnlyWithTheWholeChecklistTicked() {
        String id = submittedGuide("Flytning på borger.dk");

        Response incomplete =
                api.post(bo, "/guides/" + id + "/revisions/1/approve", Map.of("checklist", List.of("purpose-stated")));
        Response unknownItem =
                api.post(bo, "/guides/" + id + "/revisions/1/approve", Map.of("checklist", List.of("looks-nice")));

        assertThat(incomplete.status()).isEqualTo(409);
        assertThat(incomplete.problem()).isEqualTo("checklist-incomplete");
        assertThat(incomplete.texts("missing"))
                .contains("steps-numbered", "last-verified")
                .doesNotContain("purpose-stated");
        assertThat(unknownItem.status()).isEqualTo(400);
        assertThat(unknownItem.problem()).isEqualTo("unknown-checklist-item");
        assertThat(api.get(bo, "/checklist").body().size()).isEqualTo(7);
        assertThat(steps.approve(bo, id, 1).status()).isEqualTo(200);
    }

    @Test
    void keepsThePublishedRevisionLiveUntilItsSuccessorIsPublished() {
        String id = steps.publish(
                anne, bo, guide("common", "Min Læge: book tid", "1. Åbn Min Læge.", "CITIZEN", "Min Læge"));

        Response draft = api.post(
                anne,
                "/guides/" + id + "/revisions",
                content("Min Læge: book en tid", "1. Åbn appen Min Læge.\n2. Vælg Book tid.", 1));
        assertThat(draft.status()).isEqualTo(201);
        assertThat(draft.body().path("revision").asInt()).isEqualTo(2);
        assertThat(api.get(agent("253"), "/guides/" + id)
                        .body()
                        .path("live")
                        .path("revision")
                        .asInt())
                .isEqualTo(1);
        assertThat(api.get(agent("253"), "/guides/" + id + "/revisions/2").status())
                .isEqualTo(404);

        api.post(anne, "/guides/" + id + "/revisions/2/submit", null);
        assertThat(steps.approve(bo, id, 2).status()).isEqualTo(200);

        assertThat(api.get(agent("253"), "/guides/" + id)
                        .body()
                        .path("live")
                        .path("revision")
                        .asInt())
                .isEqualTo(2);
        assertThat(statuses(id)).containsExactly("SUPERSEDED", "PUBLISHED");
    }

    @Test
    void rejectsBackToDraftWithACommentKeptInTheHistory() {
        String id = submittedGuide("Medicinkortet");

        Response rejected = api.post(bo, "/guides/" + id + "/revisions/1/reject", Map.of("comment", "Trin 2 mangler"));
        Response withoutComment = api.post(bo, "/guides/" + id + "/revisions/1/reject", Map.of());

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body().path("status").asString()).isEqualTo("DRAFT");
        assertThat(withoutComment.status()).isEqualTo(400);
        JsonNode history = api.get(anne, "/guides/" + id + "/revisions").body();
        assertThat(history.get(0).path("reviews").get(0).path("verdict").asString())
                .isEqualTo("REJECTED");
        assertThat(history.get(0).path("reviews").get(0).path("comment").asString())
                .isEqualTo("Trin 2 mangler");
        assertThat(history.get(0).path("reviews").get(0).path("reviewer").asString())
                .isEqualTo("bo");
        assertThat(api.post(anne, "/guides/" + id + "/revisions/1/submit", null).status())
                .isEqualTo(200);
    }

    @Test
    void editingMakesANewDraftAndRefusesStaleOrInReviewBases() {
        String id = api.post(anne, "/guides", guide("common", "Skat TastSelv", "Udkast", "AGENT", "Skat"))
                .body()
                .path("guideId")
                .asString();

        Response second = api.post(anne, "/guides/" + id + "/revisions", content("Skat TastSelv", "Udkast 2", 1));
        Response stale = api.post(anne, "/guides/" + id + "/revisions", content("Skat TastSelv", "Udkast 3", 1));
        api.post(anne, "/guides/" + id + "/revisions/2/submit", null);
        Response duringReview = api.post(anne, "/guides/" + id + "/revisions", content("Skat", "Udkast 3", 2));

        assertThat(second.body().path("revision").asInt()).isEqualTo(2);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.problem()).isEqualTo("stale-revision");
        assertThat(duringReview.status()).isEqualTo(409);
        assertThat(duringReview.problem()).isEqualTo("revision-in-review");
        assertThat(statuses(id)).containsExactly("SUPERSEDED", "IN_REVIEW");
    }

    @Test
    void diffsTwoRevisions() {
        String id = steps.publish(anne, bo, guide("common", "Mistet telefon", BODY, "AGENT", "MitID"));
        String changed = BODY.replace("2. Bestil en ny MitID-app via borgerservice.", "2. Bestil en ny kodeviser.")
                + "\n4. Tjek at Digital Post virker.";
        api.post(
                anne,
                "/guides/" + id + "/revisions",
                Map.of(
                        "title",
                        "Mistet telefon med MitID",
                        "body",
                        changed,
                        "audience",
                        "AGENT",
                        "systems",
                        List.of("MitID", "Digital Post")));

        JsonNode diff = api.get(anne, "/guides/" + id + "/diff?from=1&to=2").body();

        assertThat(diff.path("title").path("from").asString()).isEqualTo("Mistet telefon");
        assertThat(diff.path("title").path("to").asString()).isEqualTo("Mistet telefon med MitID");
        assertThat(diff.path("audience").isNull()).isTrue();
        assertThat(diff.path("systemsAdded").get(0).asString()).isEqualTo("Digital Post");
        JsonNode change = diff.path("bodyChanges").get(0);
        assertThat(change.path("type").asString()).isEqualTo("CHANGE");
        assertThat(change.path("fromLine").asInt()).isEqualTo(4);
        assertThat(change.path("removed").get(0).asString()).contains("via borgerservice");
        assertThat(change.path("added").get(0).asString()).isEqualTo("2. Bestil en ny kodeviser.");
        assertThat(diff.path("bodyChanges").get(1).path("type").asString()).isEqualTo("INSERT");
        assertThat(diff.path("unifiedBody").get(0).asString()).isEqualTo("--- revision 1");
        assertThat(api.get(agent("253"), "/guides/" + id + "/diff?from=1&to=2").status())
                .isEqualTo(404);
    }

    @Test
    void listsGuidesOverdueForReviewOnceTheirReviewDateHasPassed() {
        CLOCK.set(Instant.parse("2026-03-02T09:00:00Z"));
        String old = steps.publish(
                anne, bo, guide("common", "Sundhed.dk log ind", "1. Gå til sundhed.dk.", "AGENT", "sundhed.dk"));
        CLOCK.advance(Period.ofMonths(6));
        String newer = steps.publish(
                anne, bo, guide("common", "Sundhedsjournalen", "1. Åbn journalen.", "AGENT", "Sundhedsjournalen"));
        try {
            CLOCK.advance(Period.ofMonths(7));

            JsonNode overdue =
                    api.get(bo, "/review-overdue?owner=common&size=100").body();

            List<String> ids = overdue.path("items")
                    .valueStream()
                    .map(g -> g.path("guideId").asString())
                    .toList();
            assertThat(ids).contains(old).doesNotContain(newer);
            assertThat(api.get(agent("253"), "/review-overdue").status()).isEqualTo(403);
        } finally {
            CLOCK.set(Instant.parse("2026-03-02T09:00:00Z"));
        }
    }

    @Test
    void refusesBadInputWithProblemDetails() {
        Map<String, Object> noTitle = guide("common", "", "Tekst", "AGENT", "MitID");
        Map<String, Object> escalationWithoutTarget =
                guide("common", "MinSP fejl", "Tekst", "AGENT", "MinSundhedsplatform");
        escalationWithoutTarget.put("resolutions", List.of(Map.of("inquiryType", "login-fejl", "outcome", "ESCALATE")));
        Map<String, Object> cpr = guide("common", "Borger", "Borgerens CPR er 010190-1234", "AGENT", "MitID");

        Response missingTitle = api.post(anne, "/guides", noTitle);
        Response invalidResolution = api.post(anne, "/guides", escalationWithoutTarget);
        Response withCpr = api.post(anne, "/guides", cpr);
        Response badAudience = api.post(anne, "/guides", guide("common", "X", "Y", "EVERYONE", "MitID"));
        Response memberGuideByDdh = api.post(ddhAdmin("x"), "/guides", guide("999", "X", "Y", "AGENT", "MitID"));
        Response brokenJson = api.post(anne, "/guides", "{\"title\": ");
        Response unknownGuide = api.get(anne, "/guides/5d1d1d1d-1111-4c3b-9c55-0a5d3c1e0001");
        Response notAUuid = api.get(anne, "/guides/not-a-uuid");

        assertThat(missingTitle.status()).isEqualTo(400);
        assertThat(missingTitle.body().path("errors").get(0).path("field").asString())
                .isEqualTo("title");
        assertThat(invalidResolution.status()).isEqualTo(400);
        assertThat(invalidResolution.problem()).isEqualTo("invalid-resolution");
        assertThat(withCpr.status()).isEqualTo(400);
        assertThat(withCpr.body().path("errors").get(0).path("field").asString())
                .isEqualTo("body");
        assertThat(badAudience.status()).isEqualTo(400);
        assertThat(memberGuideByDdh.status()).isEqualTo(403);
        assertThat(brokenJson.status()).isEqualTo(400);
        assertThat(unknownGuide.status()).isEqualTo(404);
        assertThat(notAUuid.status()).isEqualTo(400);
        for (Response response :
                List.of(missingTitle, invalidResolution, withCpr, badAudience, brokenJson, unknownGuide)) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void refusesAnIllegalWorkflowStep() {
        String id = steps.publish(anne, bo, guide("common", "e-Boks", "1. Log ind.", "AGENT", "Digital Post"));

        Response submitPublished = api.post(anne, "/guides/" + id + "/revisions/1/submit", null);
        Response archived = api.post(anne, "/guides/" + id + "/archive", null);
        Response archiveAgain = api.post(anne, "/guides/" + id + "/archive", null);

        assertThat(submitPublished.status()).isEqualTo(409);
        assertThat(submitPublished.problem()).isEqualTo("illegal-revision-status");
        assertThat(archived.body().path("status").asString()).isEqualTo("ARCHIVED");
        assertThat(archiveAgain.status()).isEqualTo(409);
        assertThat(api.get(agent("253"), "/guides/" + id).status()).isEqualTo(404);
    }

    @Test
    void keepsTheResolutionBoundaryAndNamesKnownSystemsCanonically() {
        Map<String, Object> guide =
                guide("common", "MinSP: hvad løser DDH?", "Oversigt", "AGENT", "minsundhedsplatform", "Aula");
        guide.put(
                "resolutions",
                List.of(
                        Map.of("inquiryType", "booking", "outcome", "DDH_RESOLVES"),
                        Map.of(
                                "inquiryType",
                                "login-fejl",
                                "outcome",
                                "ESCALATE",
                                "target",
                                "region-sjaelland-minsp-support")));

        JsonNode written = api.post(anne, "/guides", guide).body();

        assertThat(written.path("systems").get(0).asString()).isEqualTo("MinSundhedsplatform");
        assertThat(written.path("systems").get(1).asString()).isEqualTo("Aula");
        assertThat(written.path("resolutions").get(1).path("target").asString())
                .isEqualTo("region-sjaelland-minsp-support");
        assertThat(written.path("resolutions").get(0).path("outcome").asString())
                .isEqualTo("DDH_RESOLVES");
    }

    private String submittedGuide(String title) {
        String id = api.post(anne, "/guides", guide("common", title, BODY, "AGENT", "MitID"))
                .body()
                .path("guideId")
                .asString();
        api.post(anne, "/guides/" + id + "/revisions/1/submit", null);
        return id;
    }

    private static Map<String, Object> content(String title, String body, int basedOn) {
        return Map.of(
                "title",
                title,
                "body",
                body,
                "audience",
                "CITIZEN",
                "systems",
                List.of("Min Læge"),
                "basedOn",
                basedOn);
    }

    private List<String> statuses(String id) {
        return api.get(anne, "/guides/" + id + "/revisions")
                .body()
                .valueStream()
                .map(r -> r.path("status").asString())
                .toList();
    }
}
