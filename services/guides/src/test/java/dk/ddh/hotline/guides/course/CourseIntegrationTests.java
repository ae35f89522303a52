package dk.ddh.hotline.guides.course;

import static dk.ddh.hotline.guides.GuideSteps.ddhAdmin;
import static dk.ddh.hotline.guides.GuideSteps.guide;
import static dk.ddh.hotline.guides.GuideSteps.memberAdmin;
import static dk.ddh.hotline.guides.course.CourseSteps.agent;
import static dk.ddh.hotline.guides.course.CourseSteps.course;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.guides.GuideSteps;
import dk.ddh.hotline.guides.membership.KnownMemberService;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Writing courses and reading them: who may, the answer key, and bad input. */
@HotlineIntegrationTest
class CourseIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    KnownMemberService members;

    TestHttp api;
    CourseSteps courses;
    String guideId;
    final String writer = ddhAdmin("ddh-course-writer");

    @BeforeEach
    void setUp() {
        api = TestHttp.at("http://localhost:" + port + "/api/guides/v1");
        courses = new CourseSteps(api);
        GuideSteps.know(members, "253", "259");
        guideId = new GuideSteps(api)
                .publish(
                        ddhAdmin("ddh-author"),
                        ddhAdmin("ddh-reviewer"),
                        guide("common", "Hvilken sundhedsapp?", "1. Min Læge.", "AGENT", "Min Læge"));
    }

    @Test
    void writersPublishACourseAndAgentsNeverSeeItsAnswerKey() {
        Response written = api.post(writer, "/courses", course("common", List.of(guideId)));
        String id = written.body().path("courseId").asString();

        assertThat(written.status()).isEqualTo(201);
        assertThat(written.body().path("status").asString()).isEqualTo("DRAFT");
        assertThat(written.location()).hasToString("http://localhost:" + port + "/api/guides/v1/courses/" + id);
        assertNotFound(api.get(agent("253", "agent-a"), "/courses/" + id));
        assertThat(api.post(writer, "/courses/" + id + "/publish", null).status())
                .isEqualTo(200);

        JsonNode forAgent = api.get(agent("253", "agent-a"), "/courses/" + id).body();
        JsonNode forWriter = api.get(writer, "/courses/" + id).body();
        assertThat(forAgent.path("lessons").get(0).path("guides").get(0).asString())
                .isEqualTo(guideId);
        assertThat(forAgent.path("questions")).hasSize(4);
        forAgent.path("questions").forEach(q -> assertThat(q.has("correct")).isFalse());
        assertThat(forWriter.path("questions").get(2).path("correct").toString())
                .isEqualTo("[1,2]");
        assertThat(api.get(agent("253", "agent-a"), "/courses?status=PUBLISHED")
                        .body()
                        .path("items")
                        .valueStream()
                        .map(c -> c.path("courseId").asString()))
                .contains(id);
    }

    @Test
    void onlyTheWritersOfTheOwnerWriteAndPublishCourses() {
        String greveAdmin = memberAdmin("253", "greve-admin");
        String koegeAdmin = memberAdmin("259", "koege-admin");
        Response greveCourse = api.post(greveAdmin, "/courses", course("253", List.of(guideId)));
        String id = greveCourse.body().path("courseId").asString();

        assertThat(greveCourse.status()).isEqualTo(201);
        assertForbidden(api.post(greveAdmin, "/courses", course("common", List.of(guideId))));
        assertForbidden(api.post(koegeAdmin, "/courses", course("253", List.of(guideId))));
        assertForbidden(api.post(agent("253", "agent-a"), "/courses", course("253", List.of(guideId))));
        assertNotFound(api.post(koegeAdmin, "/courses/" + id + "/publish", null));
        assertForbidden(api.post(writer, "/courses/" + id + "/publish", null));
        assertThat(api.post(greveAdmin, "/courses/" + id + "/publish", null).status())
                .isEqualTo(200);
    }

    @Test
    void refusesALessonLinkingAGuideThatIsNotPublished() {
        String unknown = UUID.randomUUID().toString();
        String draft = api.post(ddhAdmin("ddh-author"), "/guides", guide("common", "Kladde", "1.", "AGENT", "MitID"))
                .body()
                .path("guideId")
                .asString();

        Response response = api.post(writer, "/courses", course("common", List.of(guideId, unknown, draft)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problem()).isEqualTo("unknown-guide");
        assertThat(response.texts("unknown")).containsExactly(unknown, draft);
    }

    @Test
    void refusesMalformedCourses() {
        Map<String, Object> wrongKey = course("common", List.of(guideId));
        wrongKey.put(
                "questions",
                List.of(Map.of("text", "Hvilken app?", "options", List.of("A", "B"), "correct", List.of(3))));
        Map<String, Object> noQuestions = course("common", List.of(guideId));
        noQuestions.put("questions", List.of());
        noQuestions.put("passThreshold", 120);
        Map<String, Object> cpr = course("common", List.of(guideId));
        cpr.put("title", "Borger 010203-1234");

        assertThat(api.post(writer, "/courses", wrongKey).problem()).isEqualTo("invalid-question");
        Response invalid = api.post(writer, "/courses", noQuestions);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("field").asString()))
                .contains("questions", "passThreshold");
        assertThat(api.post(writer, "/courses", cpr).status()).isEqualTo(400);
    }

    @Test
    void anUnknownCourseIsNotFound() {
        String unknown = UUID.randomUUID().toString();

        assertNotFound(api.get(agent("253", "agent-a"), "/courses/" + unknown));
        assertNotFound(api.post(agent("253", "agent-a"), "/courses/" + unknown + "/attempts", null));
        assertNotFound(api.post(writer, "/courses/" + unknown + "/publish", null));
    }

    @Test
    void aRetiredCourseIsShownButNotTaken() {
        String id = courses.publish(writer, course("common", List.of(guideId)));
        assertThat(api.post(writer, "/courses/" + id + "/retire", null).status())
                .isEqualTo(200);

        Response start = api.post(agent("253", "agent-a"), "/courses/" + id + "/attempts", null);

        assertThat(api.get(agent("253", "agent-a"), "/courses/" + id)
                        .body()
                        .path("status")
                        .asString())
                .isEqualTo("RETIRED");
        assertThat(start.status()).isEqualTo(409);
        assertThat(start.contentType()).startsWith("application/problem+json");
        assertThat(start.problem()).isEqualTo("course-not-published");
        assertThat(api.post(writer, "/courses/" + id + "/publish", null).problem())
                .isEqualTo("illegal-course-status");
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
