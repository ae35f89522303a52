package dk.ddh.hotline.guides.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.guides.GuideSteps;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Relevance on the judged query set over the demo guides, through the HTTP API as agents and citizens use it: the
 * answer among the first three (recall@3) for at least 95 %, and never an empty result.
 */
@HotlineIntegrationTest
@ActiveProfiles("demo")
class JudgedQueriesIntegrationTests {

    private static final int K = 3;

    @LocalServerPort
    int port;

    @Test
    void findsTheAnswerAmongTheFirstThreeForNearlyEveryJudgedQueryAndNeverNothing() {
        TestHttp api = TestHttp.at("http://localhost:" + port + "/api/guides/v1");
        List<JudgedQuery> queries = JudgedQuery.all();
        double recall = 0;
        double reciprocalRanks = 0;
        List<String> misses = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (JudgedQuery judged : queries) {
            List<String> titles = titles(api, judged);
            recall += judged.recallAt(K, titles);
            reciprocalRanks += judged.reciprocalRank(titles);
            if (titles.isEmpty()) {
                empty.add(judged.query());
            } else if (judged.recallAt(K, titles) < 1) {
                misses.add(judged.query() + " [" + judged.context() + "] → "
                        + titles.subList(0, Math.min(K, titles.size())));
            }
        }
        recall /= queries.size();
        double mrr = reciprocalRanks / queries.size();
        System.out.printf(
                "Judged queries: %d, recall@%d %.3f, MRR %.3f, zero hits %d%n",
                queries.size(), K, recall, mrr, empty.size());
        misses.forEach(miss -> System.out.println("  not all answers in the first three: " + miss));

        assertThat(queries).hasSizeGreaterThanOrEqualTo(80);
        assertThat(empty).as("queries without any hit").isEmpty();
        assertThat(recall).as("recall@3; misses: %s", misses).isGreaterThanOrEqualTo(0.95);
    }

    private static List<String> titles(TestHttp api, JudgedQuery judged) {
        String query = "?size=10&q=" + URLEncoder.encode(judged.query(), StandardCharsets.UTF_8)
                + judged.member().map(member -> "&member=" + member).orElse("");
        Response response = judged.isPublic()
                ? api.get(null, "/public/search" + query)
                : api.get(GuideSteps.agent(judged.member().orElse("253")), "/search" + query);
        assertThat(response.status())
                .as("%s: %s", judged.query(), response.body())
                .isEqualTo(200);
        return response.body()
                .path("items")
                .valueStream()
                .map(hit -> hit.path("title").asString())
                .toList();
    }
}
