package dk.ddh.hotline.guides.course;

import static dk.ddh.hotline.guides.GuideSteps.regionAdmin;
import static dk.ddh.hotline.guides.course.CourseSteps.agent;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.EventProbe;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The demo's course on the health apps, taken by an agent end to end. */
@HotlineIntegrationTest
@ActiveProfiles("demo")
class HealthAppCourseIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ConnectionFactory connectionFactory;

    TestHttp api;
    final String agent = agent("253", "agent-health");

    @BeforeEach
    void setUp() {
        api = TestHttp.at("http://localhost:" + port + "/api/guides/v1");
    }

    @Test
    void theDemoCourseTeachesTheHealthAppsFromTheirGuides() {
        JsonNode course = healthAppCourse(agent);

        assertThat(course.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(course.path("competency").asString()).isEqualTo("HEALTH_APPS");
        assertThat(course.path("questions").size()).isBetween(6, 10);
        List<String> linkedTitles = new ArrayList<>();
        course.path("lessons")
                .forEach(lesson -> lesson.path("guides")
                        .forEach(guide -> linkedTitles.add(api.get(agent, "/guides/" + guide.asString())
                                .body()
                                .path("live")
                                .path("title")
                                .asString())));
        assertThat(linkedTitles)
                .contains(
                        "Hvilken sundhedsapp skal jeg bruge?",
                        "Se medicinkortet i Min Sundhed",
                        "Skriv en besked til hospitalet i MinSundhedsplatform");
    }

    @Test
    void anAgentPassesTheHealthAppCourseAndTheEventIsOnRabbitMq() {
        JsonNode answerKey = healthAppCourse(regionWriter()).path("questions");
        String courseId = healthAppCourse(agent).path("courseId").asString();
        try (EventProbe probe = EventProbe.listen(connectionFactory, "hotline.guides", "training.completed")) {
            List<Set<Integer>> answers = new ArrayList<>();
            answerKey.forEach(question -> {
                Set<Integer> correct = new TreeSet<>();
                question.path("correct").forEach(option -> correct.add(option.asInt()));
                answers.add(correct);
            });

            Response result = new CourseSteps(api).take(agent, courseId, answers);

            assertThat(result.body().path("result").path("passed").asBoolean()).isTrue();
            assertThat(result.body().path("result").path("scorePercent").asInt())
                    .isEqualTo(100);
            JsonNode event = CourseSteps.awaitTrainingOf(probe, "agent-health");
            assertThat(event.path("source").asString()).isEqualTo("/hotline/guides");
            assertThat(event.path("data").path("courseId").asString()).isEqualTo(courseId);
            assertThat(event.path("data").path("agent").asString()).isEqualTo("agent-health");
            assertThat(event.path("data").path("competency").asString()).isEqualTo("HEALTH_APPS");
        }
    }

    private JsonNode healthAppCourse(String token) {
        String id = api.get(token, "/courses?status=PUBLISHED")
                .body()
                .path("items")
                .valueStream()
                .filter(c -> c.path("competency").asString().equals("HEALTH_APPS"))
                .findFirst()
                .orElseThrow()
                .path("courseId")
                .asString();
        return api.get(token, "/courses/" + id).body();
    }

    /** The region's admin wrote the course, so sees its answer key. */
    private static String regionWriter() {
        return regionAdmin("admin.region");
    }
}
