package dk.ddh.hotline.guides;

import static dk.ddh.hotline.test.BadInput.objectWith;
import static dk.ddh.hotline.test.BadInput.post;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.guides.membership.KnownMemberService;
import dk.ddh.hotline.test.BadInput;
import dk.ddh.hotline.test.BadInputSweep;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import dk.ddh.hotline.test.TestTokens;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every write endpoint refuses bad input with a 400 naming the field and writes nothing: a new endpoint is covered by
 * adding its rows to {@link #authorInputs()} or {@link #reviewerInputs()}.
 */
@HotlineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIntegrationTests {

    private static final String API = "/api/guides/v1";
    private static final Map<String, String> GUIDE = Map.of(
            "owner", "\"253\"",
            "title", "\"Nulstil MitID\"",
            "body", "\"Trin 1: åbn appen.\\nTrin 2: vælg Glemt.\"",
            "systems", "[\"MitID\"]",
            "audience", "\"AGENT\"");
    private static final Map<String, String> COURSE = Map.of(
            "owner", "\"253\"",
            "title", "\"Sundhedsapps\"",
            "description", "\"Hvilken app til hvad.\"",
            "competency", "\"HEALTH_APPS\"",
            "passThreshold", "75",
            "lessons", "[{\"title\": \"Hvilken app?\", \"text\": \"Min Læge er egen læge.\"}]",
            "questions",
                    "[{\"text\": \"Egen læge?\", \"options\": [\"Min Sundhed\", \"Min Læge\"], \"correct\": [2]}]");

    private final String author = TestTokens.forRoles("MEMBER_ADMIN")
            .member("253")
            .subject("author.greve")
            .mint();
    private final String reviewer = TestTokens.forRoles("DDH_ADMIN")
            .member("1000")
            .subject("reviewer.ddh")
            .mint();

    @LocalServerPort
    int port;

    @Autowired
    DataSource database;

    @Autowired
    KnownMemberService members;

    private String guideInReview;

    @BeforeAll
    void aGuideIsInReview() {
        GuideSteps.know(members, "253");
        TestHttp api = TestHttp.at("http://localhost:" + port + "/api/guides/v1");
        Response written = api.post(author, "/guides", objectWith(GUIDE, "owner", "\"253\""));
        assertThat(written.status()).as("%s", written.body()).isEqualTo(201);
        guideInReview = written.body().path("guideId").asString();
        assertThat(api.post(author, "/guides/" + guideInReview + "/revisions/1/submit", null)
                        .status())
                .isEqualTo(200);
    }

    Stream<BadInput> authorInputs() {
        String guides = API + "/guides";
        String courses = API + "/courses";
        return Stream.of(
                post("NUL in a title", guides, objectWith(GUIDE, "title", "\"MitID\\u0000\""), "title"),
                post("a line break in a title", guides, objectWith(GUIDE, "title", "\"MitID\\nglemt kode\""), "title"),
                post("a tab in a system", guides, objectWith(GUIDE, "systems", "[\"Mit\\tID\"]"), "systems[0]"),
                post("NUL in a body", guides, objectWith(GUIDE, "body", "\"Trin 1\\n\\u0000\""), "body"),
                post(
                        "escape in a system",
                        guides,
                        objectWith(GUIDE, "systems", "[\"MitID\", \"\\u001b\"]"),
                        "systems[1]"),
                post("audience by number", guides, objectWith(GUIDE, "audience", "1"), "audience"),
                post(
                        "audience with a trailing NUL",
                        guides,
                        objectWith(GUIDE, "audience", "\"CITIZEN\\u0000\""),
                        "audience"),
                post(
                        "outcome by number",
                        guides,
                        objectWith(GUIDE, "resolutions", "[{\"inquiryType\": \"glemt kode\", \"outcome\": 0}]"),
                        "resolutions[0].outcome"),
                post("markup as the owner", guides, objectWith(GUIDE, "owner", "\"<script>\""), "owner"),
                post(
                        "NUL in a revision's title",
                        guides + "/" + guideInReview + "/revisions",
                        objectWith(GUIDE, "title", "\"MitID\\u0000\""),
                        "title"),
                post("NUL in a course's title", courses, objectWith(COURSE, "title", "\"Apps\\u0000\""), "title"),
                post(
                        "a line break in a course's title",
                        courses,
                        objectWith(COURSE, "title", "\"Sundheds-\\napps\""),
                        "title"),
                post(
                        "a tab in a lesson's title",
                        courses,
                        objectWith(COURSE, "lessons", "[{\"title\": \"Hvilken\\tapp?\", \"text\": \"Min Læge\"}]"),
                        "lessons[0].title"),
                post(
                        "pass threshold of 2^31",
                        courses,
                        objectWith(COURSE, "passThreshold", "2147483648"),
                        "passThreshold"),
                post(
                        "pass threshold as a string",
                        courses,
                        objectWith(COURSE, "passThreshold", "\"75\""),
                        "passThreshold"),
                post(
                        "NUL in a lesson's text",
                        courses,
                        objectWith(COURSE, "lessons", "[{\"title\": \"Apps\", \"text\": \"Min Læge\\u0000\"}]"),
                        "lessons[0].text"));
    }

    Stream<BadInput> reviewerInputs() {
        String revision = API + "/guides/" + guideInReview + "/revisions/1";
        return Stream.of(
                post("NUL in a rejection's comment", revision + "/reject", """
                        {"comment": "Mangler trin\\u0000"}""", "comment"),
                post("NUL in a checklist item", revision + "/approve", """
                        {"checklist": ["purpose-stated\\u0000"]}""", "checklist[0]"),
                post("NUL in a synonym", API + "/synonyms", """
                        {"phrases": ["mitid", "nemid\\u0000"]}""", "phrases[1]"));
    }

    @ParameterizedTest
    @MethodSource("authorInputs")
    void refusesAnAuthorsBadInputNamingTheFieldAndWritesNothing(BadInput input) {
        new BadInputSweep(port, database).assertRefused(author, input);
    }

    @ParameterizedTest
    @MethodSource("reviewerInputs")
    void refusesAReviewersBadInputNamingTheFieldAndWritesNothing(BadInput input) {
        new BadInputSweep(port, database).assertRefused(reviewer, input);
    }
}
