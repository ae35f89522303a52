package dk.ddh.hotline.guides.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.guides.SearchFixture;
import dk.ddh.hotline.guides.membership.KnownMemberService;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Citizens without login see published citizen guides only; everything else still needs a token. */
@HotlineIntegrationTest
class PublicApiIntegrationTests {

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
    void findsOnlyPublishedCitizenGuidesWithoutLogin() {
        Response result = api.get(null, "/public/search?q=MitID");
        Response moving = api.get(null, "/public/search?q=flytning&member=253");

        assertThat(result.status()).isEqualTo(200);
        assertThat(ids(result.body())).containsExactly(guides.digitalPost());
        assertThat(ids(moving.body()))
                .containsExactlyInAnyOrder(guides.moving(), guides.digitalPost())
                .doesNotContain(guides.greveMoving(), guides.draft());
    }

    @Test
    void readsAPublishedCitizenGuideButNoInternalOrUnpublishedOne() {
        Response citizen = api.get(null, "/public/guides/" + guides.moving());

        assertThat(citizen.status()).isEqualTo(200);
        assertThat(citizen.body().path("title").asString()).isEqualTo("Flytning på borger.dk");
        assertThat(citizen.body().has("author")).isFalse();
        for (String hidden : List.of(guides.mitIdReset(), guides.draft(), guides.greveMoving())) {
            Response response = api.get(null, "/public/guides/" + hidden);
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void suggestsNoWordThatOnlyInternalGuidesContain() {
        JsonNode publicResult = api.get(null, "/public/search?q=adgangskoed").body();

        assertThat(publicResult.path("corrections").isEmpty()).isTrue();
        assertThat(publicResult.path("items").isEmpty()).isTrue();
    }

    @Test
    void everythingElseStillNeedsAToken() {
        Response guide = api.get(null, "/guides/" + guides.moving());
        Response search = api.get(null, "/search?q=flytning");
        Response write = api.post(null, "/public/guides", "{}");

        assertThat(guide.status()).isEqualTo(401);
        assertThat(guide.contentType()).startsWith("application/problem+json");
        assertThat(guide.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(search.status()).isEqualTo(401);
        assertThat(write.status()).as("the public API has no writes").isEqualTo(404);
    }

    @Test
    void refusesBadInputAsProblemDetails() {
        Response noQuery = api.get(null, "/public/search");
        Response badId = api.get(null, "/public/guides/nope");
        Response tooBig = api.get(null, "/public/search?q=MitID&size=500");

        for (Response response : List.of(noQuery, badId, tooBig)) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    private static List<String> ids(JsonNode result) {
        return result.path("items")
                .valueStream()
                .map(hit -> hit.path("guideId").asString())
                .toList();
    }
}
