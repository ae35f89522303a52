package dk.ddh.hotline.guides.guide;

import static dk.ddh.hotline.guides.GuideSteps.agent;
import static dk.ddh.hotline.guides.GuideSteps.ddhAdmin;
import static dk.ddh.hotline.guides.GuideSteps.guide;
import static dk.ddh.hotline.guides.GuideSteps.memberAdmin;
import static dk.ddh.hotline.guides.GuideSteps.regionAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.guides.GuideSteps;
import dk.ddh.hotline.guides.membership.KnownMemberService;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import dk.ddh.hotline.test.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may do what with guides: every denial, against the real security setup. */
@HotlineIntegrationTest
class GuideAccessIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    KnownMemberService members;

    TestHttp api;
    GuideSteps steps;
    final String greveAdmin = memberAdmin("253", "greve-admin");
    final String koegeAdmin = memberAdmin("259", "koege-admin");

    @BeforeEach
    void setUp() {
        api = TestHttp.at("http://localhost:" + port + "/api/guides/v1");
        steps = new GuideSteps(api);
        GuideSteps.know(members, "253", "259", "1085");
    }

    @Test
    void nobodyReadsAnotherMembersDrafts() {
        String draft = write(greveAdmin, "253", "Greve: pladsanvisning");

        for (String outsider : List.of(koegeAdmin, agent("253"), regionAdmin("region-1"))) {
            assertNotFound(api.get(outsider, "/guides/" + draft));
            assertNotFound(api.get(outsider, "/guides/" + draft + "/revisions/1"));
            assertNotFound(api.get(outsider, "/guides/" + draft + "/diff?from=1&to=1"));
            assertThat(api.get(outsider, "/guides/" + draft + "/revisions").status())
                    .isIn(403, 404);
            assertThat(api.post(outsider, "/guides/" + draft + "/revisions/1/submit", null)
                            .status())
                    .isIn(403, 404);
            assertThat(guideIds(outsider, "/guides?size=100")).doesNotContain(draft);
            assertThat(guideIds(outsider, "/guides?status=DRAFT&size=100")).doesNotContain(draft);
        }
        assertThat(api.get(greveAdmin, "/guides/" + draft)
                        .body()
                        .path("open")
                        .path("status")
                        .asString())
                .isEqualTo("DRAFT");
        assertThat(guideIds(greveAdmin, "/guides?status=DRAFT")).contains(draft);
        assertThat(guideIds(ddhAdmin("reviewer"), "/guides?status=DRAFT&owner=253"))
                .contains(draft);
    }

    @Test
    void aMemberAdminWritesOnlyItsOwnMembersGuides() {
        assertForbidden(api.post(koegeAdmin, "/guides", guide("253", "X", "Y", "AGENT", "MitID")));
        assertForbidden(api.post(greveAdmin, "/guides", guide("common", "X", "Y", "AGENT", "MitID")));
        assertForbidden(api.post(greveAdmin, "/guides", guide("1085", "X", "Y", "AGENT", "MitID")));
        String greveGuide = steps.publish(
                greveAdmin, ddhAdmin("reviewer"), guide("253", "Greve: affald", "1. Ring.", "CITIZEN", "Greve affald"));

        assertForbidden(
                api.post(koegeAdmin, "/guides/" + greveGuide + "/revisions", guide(null, "X", "Y", "AGENT", "MitID")));
        assertForbidden(api.post(koegeAdmin, "/guides/" + greveGuide + "/archive", null));
        assertThat(api.post(
                                greveAdmin,
                                "/guides/" + greveGuide + "/revisions",
                                guide(null, "Greve: affald", "2. Ring.", "CITIZEN", "Greve affald"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void ddhWritesCommonGuidesAndReviewsEveryonesButWritesNoMembersGuide() {
        String ddh = ddhAdmin("ddh-writer");
        assertForbidden(api.post(ddh, "/guides", guide("253", "X", "Y", "AGENT", "MitID")));
        String greveGuide = write(greveAdmin, "253", "Greve: parkering");
        api.post(greveAdmin, "/guides/" + greveGuide + "/revisions/1/submit", null);

        assertThat(steps.approve(ddhAdmin("ddh-reviewer"), greveGuide, 1).status())
                .isEqualTo(200);
        assertThat(api.post(ddh, "/guides", guide("common", "MitID", "1.", "AGENT", "MitID"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void theRegionWritesAndReviewsItsOwnGuidesOnly() {
        String regionGuide = write(regionAdmin("region-author"), "1085", "MinSP: book tid");
        api.post(regionAdmin("region-author"), "/guides/" + regionGuide + "/revisions/1/submit", null);
        String greveGuide = write(greveAdmin, "253", "Greve: MinSP-hjælp");
        api.post(greveAdmin, "/guides/" + greveGuide + "/revisions/1/submit", null);

        assertForbidden(api.post(regionAdmin("region-author"), "/guides", guide("253", "X", "Y", "AGENT", "MitID")));
        assertNotFound(steps.approve(regionAdmin("region-reviewer"), greveGuide, 1));
        assertThat(steps.approve(regionAdmin("region-reviewer"), regionGuide, 1).status())
                .isEqualTo(200);
    }

    @Test
    void memberAdminsAgentsAndSupervisorsNeverReview() {
        String guideId = write(ddhAdmin("author"), "common", "Digital Post");
        api.post(ddhAdmin("author"), "/guides/" + guideId + "/revisions/1/submit", null);

        for (String token : List.of(
                greveAdmin,
                agent("253"),
                TestTokens.forRoles("SUPERVISOR").member("253").mint())) {
            assertForbidden(steps.approve(token, guideId, 1));
            assertForbidden(api.post(token, "/guides/" + guideId + "/revisions/1/reject", Map.of("comment", "nej")));
        }
    }

    @Test
    void everyAgentReadsEveryPublishedGuideButWritesNone() {
        String koegeGuide = steps.publish(
                koegeAdmin,
                ddhAdmin("reviewer"),
                guide("259", "Køge: borgerservice", "1. Book tid.", "AGENT", "Køge booking"));

        for (String reader : List.of(
                agent("253"), TestTokens.forRoles("SUPERVISOR").member("390").mint(), greveAdmin)) {
            assertThat(api.get(reader, "/guides/" + koegeGuide)
                            .body()
                            .path("live")
                            .path("title")
                            .asString())
                    .isEqualTo("Køge: borgerservice");
            assertThat(api.get(reader, "/guides/" + koegeGuide)
                            .body()
                            .path("open")
                            .isNull())
                    .isTrue();
        }
        assertForbidden(api.post(agent("259"), "/guides", guide("259", "X", "Y", "AGENT", "MitID")));
        assertForbidden(api.post(
                agent("259"), "/guides/" + koegeGuide + "/revisions", guide(null, "X", "Y", "AGENT", "MitID")));
        assertForbidden(api.get(agent("259"), "/guides/" + koegeGuide + "/revisions"));
    }

    @Test
    void partnersAndCallersWithoutTokensReadNothing() {
        String guideId =
                steps.publish(ddhAdmin("a"), ddhAdmin("b"), guide("common", "borger.dk", "1.", "AGENT", "borger.dk"));

        assertForbidden(api.get(TestTokens.forRoles("PARTNER").member("1085").mint(), "/guides/" + guideId));
        assertForbidden(api.get(TestTokens.forRoles("PARTNER").member("1085").mint(), "/search?q=borger"));
        for (String invalid : new String[] {
            null,
            "not-a-jwt",
            TestTokens.forRoles("AGENT").expired().mint(),
            TestTokens.forRoles("AGENT").foreignIssuer().mint()
        }) {
            Response response = api.get(invalid, "/guides/" + guideId);
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    private String write(String token, String owner, String title) {
        Response written = api.post(token, "/guides", guide(owner, title, "1. Første trin.", "AGENT", "MitID"));
        assertThat(written.status()).isEqualTo(201);
        return written.body().path("guideId").asString();
    }

    private List<String> guideIds(String token, String path) {
        return api.get(token, path)
                .body()
                .path("items")
                .valueStream()
                .map(g -> g.path("guideId").asString())
                .toList();
    }

    private static void assertForbidden(Response response) {
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static void assertNotFound(Response response) {
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
