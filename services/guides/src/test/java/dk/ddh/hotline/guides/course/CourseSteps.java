package dk.ddh.hotline.guides.course;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.EventProbe;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import dk.ddh.hotline.test.TestTokens;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Test steps through the API: a four-question course on the health apps (pass at 75 %: three right), and taking it.
 */
final class CourseSteps {

    /** The correct options of {@link #course}'s questions, in order. */
    static final List<Set<Integer>> ANSWER_KEY = List.of(Set.of(3), Set.of(2), Set.of(1, 2), Set.of(1));
    /** Two right of four: 50 %, a fail. */
    static final List<Set<Integer>> HALF_RIGHT = List.of(Set.of(3), Set.of(2), Set.of(1), Set.of(2));

    private final TestHttp api;

    CourseSteps(TestHttp api) {
        this.api = api;
    }

    static Map<String, Object> course(String owner, List<String> guideIds) {
        Map<String, Object> course = new HashMap<>();
        course.put("owner", owner);
        course.put("title", "Sundhedsapps for agenter");
        course.put("description", "Hvilken app til hvad.");
        course.put("competency", "HEALTH_APPS");
        course.put("passThreshold", 75);
        course.put(
                "lessons",
                List.of(Map.of("title", "Hvilken app?", "text", "Min Læge er egen læge.", "guides", guideIds)));
        course.put(
                "questions",
                List.of(
                        question("Egen læge?", ANSWER_KEY.get(0)),
                        question("Hospitalet?", ANSWER_KEY.get(1)),
                        question("Hvad løser DDH? Vælg alle rigtige.", ANSWER_KEY.get(2)),
                        question("Medicinkortet?", ANSWER_KEY.get(3))));
        return course;
    }

    private static Map<String, Object> question(String text, Set<Integer> correct) {
        return Map.of(
                "text", text, "options", List.of("Min Sundhed", "MinSundhedsplatform", "Min Læge"), "correct", correct);
    }

    /** Writes and publishes the course; returns its id. */
    String publish(String writerToken, Map<String, Object> course) {
        Response written = api.post(writerToken, "/courses", course);
        assertThat(written.status()).as("%s", written.body()).isEqualTo(201);
        String id = written.body().path("courseId").asString();
        assertThat(api.post(writerToken, "/courses/" + id + "/publish", null).status())
                .isEqualTo(200);
        return id;
    }

    String start(String agentToken, String courseId) {
        Response started = api.post(agentToken, "/courses/" + courseId + "/attempts", null);
        assertThat(started.status()).as("%s", started.body()).isEqualTo(201);
        return started.body().path("attemptId").asString();
    }

    /** Starts an attempt, answers every question and submits; returns the submitted attempt. */
    Response take(String agentToken, String courseId, List<Set<Integer>> answers) {
        String attemptId = start(agentToken, courseId);
        for (int i = 0; i < answers.size(); i++) {
            Response answered = answer(agentToken, attemptId, i + 1, answers.get(i));
            assertThat(answered.status()).as("%s", answered.body()).isEqualTo(200);
        }
        return api.post(agentToken, "/attempts/" + attemptId + "/submit", null);
    }

    Response answer(String agentToken, String attemptId, int question, Set<Integer> options) {
        return api.post(
                agentToken, "/attempts/" + attemptId + "/answers", Map.of("question", question, "options", options));
    }

    /**
     * The first training.completed event about the agent; events of other agents (from earlier tests, relayed late)
     * are passed over.
     */
    static JsonNode awaitTrainingOf(EventProbe probe, String agent) {
        for (int count = 1; ; count++) {
            Optional<JsonNode> match = probe.await(count, Duration.ofSeconds(30)).stream()
                    .filter(event -> event.path("subject").asString().equals(agent))
                    .findFirst();
            if (match.isPresent()) {
                return match.get();
            }
        }
    }

    static String agent(String member, String subject) {
        return TestTokens.forRoles("AGENT").member(member).subject(subject).mint();
    }

    static String supervisor(String member) {
        return TestTokens.forRoles("SUPERVISOR")
                .member(member)
                .subject("supervisor-" + member)
                .mint();
    }
}
