package dk.ddh.hotline.guides.synonym;

import static dk.ddh.hotline.guides.GuideSteps.agent;
import static dk.ddh.hotline.guides.GuideSteps.ddhAdmin;
import static dk.ddh.hotline.guides.GuideSteps.memberAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.guides.SearchFixture;
import dk.ddh.hotline.guides.membership.KnownMemberService;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** DDH's editors keep the synonyms; the next search uses them, and every change is on record. */
@HotlineIntegrationTest
class SynonymIntegrationTests {

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
    void theNextSearchUsesASynonymAnEditorAdds() {
        assertThat(ids("adresseændring")).doesNotContain(guides.moving());

        Response created =
                api.post(ddhAdmin("editor-1"), "/synonyms", Map.of("phrases", List.of("adresseændring", "flytning")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isNotNull();
        assertThat(ids("adresseændring")).first().isEqualTo(guides.moving());
    }

    @Test
    void aOneWaySynonymFindsTheNarrowerWordButNotTheReverse() {
        api.post(
                ddhAdmin("editor-1"),
                "/synonyms",
                Map.of("phrases", List.of("login"), "alsoFinds", List.of("adgangskode")));

        assertThat(ids("login")).contains(guides.digitalPost(), guides.mitIdReset());
        assertThat(ids("adgangskode")).contains(guides.mitIdReset()).doesNotContain(guides.digitalPost());
    }

    @Test
    void replacingAndRemovingASynonymTakeEffectAndAreAudited() {
        String id = api.post(ddhAdmin("editor-1"), "/synonyms", Map.of("phrases", List.of("udrejse", "kvittering")))
                .body()
                .path("id")
                .asString();
        assertThat(ids("udrejse")).contains(guides.moving());

        Response replaced =
                api.put(ddhAdmin("editor-2"), "/synonyms/" + id, Map.of("phrases", List.of("udrejse", "adgangskode")));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(ids("udrejse")).contains(guides.mitIdReset()).doesNotContain(guides.moving());

        assertThat(api.delete(ddhAdmin("editor-3"), "/synonyms/" + id).status()).isEqualTo(204);
        assertThat(ids("udrejse")).isEmpty();
        JsonNode history =
                api.get(ddhAdmin("editor-1"), "/synonyms/" + id + "/history").body();
        assertThat(history.valueStream().map(change -> change.path("action").asString()))
                .containsExactly("CREATED", "UPDATED", "DELETED");
        assertThat(history.valueStream().map(change -> change.path("by").asString()))
                .containsExactly("editor-1", "editor-2", "editor-3");
        assertThat(api.get(agent("253"), "/synonyms?size=100")
                        .body()
                        .path("items")
                        .valueStream()
                        .map(s -> s.path("id").asString()))
                .doesNotContain(id);
    }

    @Test
    void listsTheGroupsAPageAtATime() {
        api.post(ddhAdmin("editor-1"), "/synonyms", Map.of("phrases", List.of("pas", "rejsedokument")));
        api.post(ddhAdmin("editor-1"), "/synonyms", Map.of("phrases", List.of("sygesikring", "sundhedskort")));

        Response first = api.get(agent("253"), "/synonyms?page=0&size=1");
        Response refused = api.get(agent("253"), "/synonyms?size=0");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("items").size()).isEqualTo(1);
        assertThat(first.body().path("totalItems").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesAGroupThatCannotWorkNamingTheField() {
        assertProblem(Map.of("phrases", List.of("NemID")), "invalid-synonym", "phrases");
        assertProblem(Map.of("phrases", List.of("læge"), "alsoFinds", List.of("Læge")), "invalid-synonym", "alsoFinds");
        assertProblem(Map.of("phrases", List.of()), "validation-failed", "phrases");
        assertProblem(Map.of("phrases", List.of("?!", "læge")), "validation-failed", "phrases[0]");
    }

    @Test
    void onlyDdhEditorsChangeSynonymsAndEveryReaderSeesThem() {
        Map<String, List<String>> group = Map.of("phrases", List.of("sms", "besked"));

        assertThat(api.post(agent("253"), "/synonyms", group).status()).isEqualTo(403);
        assertThat(api.post(memberAdmin("253", "greve-admin"), "/synonyms", group)
                        .status())
                .isEqualTo(403);
        assertThat(api.put(ddhAdmin("editor-1"), "/synonyms/" + java.util.UUID.randomUUID(), group)
                        .status())
                .isEqualTo(404);
        JsonNode all = api.get(agent("253"), "/synonyms?size=100").body().path("items");
        assertThat(all.valueStream().map(s -> s.path("phrases").get(0).asString()))
                .contains("NemID", "doktor", "kode");
    }

    private void assertProblem(Object body, String slug, String field) {
        Response response = api.post(ddhAdmin("editor-1"), "/synonyms", body);
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problem()).isEqualTo(slug);
        assertThat(response.body().path("errors").get(0).path("field").asString())
                .isEqualTo(field);
    }

    private List<String> ids(String query) {
        Response response = api.get(agent("253"), "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(200);
        return response.body()
                .path("items")
                .valueStream()
                .map(hit -> hit.path("guideId").asString())
                .toList();
    }
}
