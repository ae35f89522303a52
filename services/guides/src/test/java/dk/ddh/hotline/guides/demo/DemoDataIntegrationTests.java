package dk.ddh.hotline.guides.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.guides.GuideSteps;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestTokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

@HotlineIntegrationTest
@ActiveProfiles("demo")
class DemoDataIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    JdbcClient jdbc;

    TestHttp api;

    @BeforeEach
    void setUp() {
        api = TestHttp.at("http://localhost:" + port + "/api/guides/v1");
    }

    @Test
    void loadsThirtyGuidesInEveryWorkflowState() {
        Map<String, Integer> byStatus = jdbc
                .sql("select status, count(*) as n from revision group by status")
                .query((rs, row) -> Map.entry(rs.getString("status"), rs.getInt("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(jdbc.sql("select count(*) from guide").query(Integer.class).single())
                .isGreaterThanOrEqualTo(30);
        assertThat(byStatus).containsKeys("DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED");
        assertThat(byStatus.get("PUBLISHED")).isGreaterThanOrEqualTo(20);
        assertThat(jdbc.sql("select count(distinct owner_id) from guide")
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void theDemoIsSearchableInDanishAndPublicForCitizens() {
        String agent = GuideSteps.agent("253");
        JsonNode lostPhone =
                api.get(agent, "/search?q=" + encode("mistet telefon NemID")).body();
        JsonNode whichApp =
                api.get(null, "/public/search?q=" + encode("hvilken app MinSP")).body();

        assertThat(lostPhone.path("items").get(0).path("title").asString())
                .isEqualTo("Borgeren har mistet telefonen med MitID-appen");
        assertThat(whichApp.path("items").get(0).path("title").asString())
                .isEqualTo("Hvilken sundhedsapp skal jeg bruge?");
        List<String> regionOwned = api.get(agent, "/search?q=MinSP&member=1085")
                .body()
                .path("items")
                .valueStream()
                .map(hit -> hit.path("owner").asString())
                .toList();
        assertThat(regionOwned).contains("1085", "common");
    }

    @Test
    void aGuideInReviewWaitsForDdhAndTheRegionCannotApproveItsOwn() {
        List<JsonNode> queue = api.get(
                        TestTokens.forRoles("DDH_ADMIN").subject("admin.ddh").mint(),
                        "/guides?status=IN_REVIEW&size=100")
                .body()
                .path("items")
                .valueStream()
                .toList();
        String regionGuide = queue.stream()
                .filter(g -> g.path("owner").asString().equals("1085"))
                .findFirst()
                .orElseThrow()
                .path("guideId")
                .asString();

        assertThat(queue).hasSizeGreaterThanOrEqualTo(3);
        assertThat(new GuideSteps(api)
                        .approve(
                                TestTokens.forRoles("REGION_ADMIN")
                                        .member("1085")
                                        .subject("admin.region")
                                        .mint(),
                                regionGuide,
                                1)
                        .problem())
                .isEqualTo("reviewer-is-author");
    }

    @Test
    void loadsOnlyOnce() throws Exception {
        int before = jdbc.sql("select count(*) from guide").query(Integer.class).single();

        demoData.run(new DefaultApplicationArguments());

        assertThat(jdbc.sql("select count(*) from guide").query(Integer.class).single())
                .isEqualTo(before);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
