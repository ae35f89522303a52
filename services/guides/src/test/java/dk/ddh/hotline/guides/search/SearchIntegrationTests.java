package dk.ddh.hotline.guides.search;

import static dk.ddh.hotline.guides.GuideSteps.agent;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.guides.SearchFixture;
import dk.ddh.hotline.guides.membership.KnownMemberService;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Danish search as an agent uses it mid-call: ranked partial matches, inflections, compounds, synonyms, typos, snippets
 * and member context.
 */
@HotlineIntegrationTest
class SearchIntegrationTests {

    private static SearchFixture guides;

    @LocalServerPort
    int port;

    @Autowired
    KnownMemberService members;

    TestHttp api;

    @BeforeEach
    void setUp() {
        api = TestHttp.at("http://localhost:" + port + "/api/guides/v1");
        if (guides == null) {
            guides = SearchFixture.publish(api, members);
        }
    }

    @Test
    void findsInflectedFormsByDanishStemmingAndPrefix() {
        assertThat(first(search("nulstille", ""))).isEqualTo(guides.mitIdReset());
        assertThat(ids(search("flytte", ""))).contains(guides.moving());
        assertThat(first(search("adgangskoden", ""))).isEqualTo(guides.mitIdReset());
    }

    @Test
    void ranksGuidesMatchingAllWordsFirstAndNeverAnswersNothingWhileAWordMatches() {
        JsonNode result = search("nulstille MitID på ny telefon", "");

        assertThat(first(result)).isEqualTo(guides.mitIdReset());
        assertThat(ids(search("flytning adgangskode", ""))).contains(guides.moving(), guides.mitIdReset());
        assertThat(ids(search("forsvundet brev efter flytning", ""))).isNotEmpty();
    }

    @Test
    void expandsSynonymsBothWays() {
        assertThat(first(search("NemID adgangskode", ""))).isEqualTo(guides.mitIdReset());
        assertThat(first(search("login e-Boks", ""))).isEqualTo(guides.digitalPost());
        assertThat(first(search("MinSP booking", "&member=1085"))).isEqualTo(guides.minSpBooking());
        assertThat(first(search("mit.dk", ""))).isEqualTo(guides.digitalPost());
    }

    @Test
    void findsDanishCompoundsBothWays() {
        assertThat(first(search("hospitalstid", "&member=1085"))).isEqualTo(guides.minSpBooking());
        assertThat(first(search("flyttegebyr", ""))).isEqualTo(guides.moving());
        assertThat(first(search("ordning til affald", "&member=253"))).isEqualTo(guides.greveMoving());
    }

    @Test
    void correctsTyposInAnyWordAndShowsTheCorrection() {
        JsonNode result = search("flytnign", "");

        assertThat(result.path("corrections").get(0).path("from").asString()).isEqualTo("flytnign");
        assertThat(result.path("corrections").get(0).path("to").asString()).isEqualTo("flytning");
        assertThat(first(result)).isEqualTo(guides.moving());
        JsonNode twoWords = search("glemt adgangskdoe", "");
        assertThat(twoWords.path("corrections").get(0).path("to").asString()).isEqualTo("adgangskode");
        assertThat(first(twoWords)).isEqualTo(guides.mitIdReset());
        assertThat(first(search("Digtial Post", ""))).isEqualTo(guides.digitalPost());
    }

    @Test
    void keepsTheOriginalSpellingWhenItMatchesAndShortWordsAsTheyAre() {
        assertThat(search("flytning", "").path("corrections").isEmpty()).isTrue();
        assertThat(search("flytningen", "").path("corrections").isEmpty()).isTrue();
        assertThat(search("pas", "").path("corrections").isEmpty()).isTrue();
    }

    @Test
    void ranksTitleMatchesFirstAndMarksTheMatchesInSnippets() {
        JsonNode result = search("flytning", "");

        assertThat(ids(result)).containsExactly(guides.moving(), guides.digitalPost());
        JsonNode best = result.path("items").get(0);
        assertThat(best.path("rank").asDouble())
                .isGreaterThan(result.path("items").get(1).path("rank").asDouble());
        assertThat(best.path("highlightedTitle").asString()).isEqualTo("<mark>Flytning</mark> på borger.dk");
        assertThat(best.path("snippet").asString()).contains("<mark>flytning</mark>", "<mark>flytningen</mark>");
        assertThat(result.path("totalItems").asLong()).isEqualTo(2);
    }

    @Test
    void escapesTheGuidesOwnMarkupSoOnlyTheMatchMarksAreHtml() {
        JsonNode snippet = search("kvitteringen", "").path("items").get(0).path("snippet");

        assertThat(snippet.asString()).contains("Er gebyret &lt; 100 kr &amp; betalt, gem <mark>kvitteringen</mark>");
    }

    @Test
    void searchesCommonGuidesPlusTheCallersMembersOwnOnly() {
        assertThat(ids(search("flytning", "&member=253")))
                .contains(guides.moving(), guides.greveMoving())
                .doesNotContain(guides.koegeMoving(), guides.draft());
        assertThat(ids(search("flytning", "&member=259")))
                .contains(guides.koegeMoving())
                .doesNotContain(guides.greveMoving());
        assertThat(ids(search("flytning", "&allMembers=true")))
                .contains(guides.moving(), guides.greveMoving(), guides.koegeMoving())
                .doesNotContain(guides.draft());
        assertThat(ids(search("booking", ""))).isEmpty();
    }

    @Test
    void filtersBySystemAndPages() {
        assertThat(ids(search("flytning", "&system=borger.dk"))).containsExactly(guides.moving());
        JsonNode second = search("flytning", "&size=1&page=1");
        assertThat(ids(second)).containsExactly(guides.digitalPost());
        assertThat(second.path("totalItems").asLong()).isEqualTo(2);
    }

    @Test
    void refusesAQueryWithoutWords() {
        Response empty = api.get(agent("253"), "/search?q=" + encode(" ?! "));
        Response missing = api.get(agent("253"), "/search");
        Response badMember = api.get(agent("253"), "/search?q=MitID&member=Greve");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.problem()).isEqualTo("empty-query");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(badMember.status()).isEqualTo(400);
        assertThat(badMember.contentType()).startsWith("application/problem+json");
    }

    private JsonNode search(String query, String more) {
        Response response = api.get(agent("253"), "/search?q=" + encode(query) + more);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private static String first(JsonNode result) {
        assertThat(result.path("items").isEmpty()).as("no hits").isFalse();
        return result.path("items").get(0).path("guideId").asString();
    }

    private static List<String> ids(JsonNode result) {
        return result.path("items")
                .valueStream()
                .map(hit -> hit.path("guideId").asString())
                .toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
