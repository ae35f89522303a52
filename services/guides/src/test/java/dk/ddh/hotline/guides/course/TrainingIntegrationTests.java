package dk.ddh.hotline.guides.course;

import static dk.ddh.hotline.guides.GuideSteps.ddhAdmin;
import static dk.ddh.hotline.guides.GuideSteps.guide;
import static dk.ddh.hotline.guides.GuideSteps.memberAdmin;
import static dk.ddh.hotline.guides.GuideSteps.regionAdmin;
import static dk.ddh.hotline.guides.course.CourseSteps.ANSWER_KEY;
import static dk.ddh.hotline.guides.course.CourseSteps.HALF_RIGHT;
import static dk.ddh.hotline.guides.course.CourseSteps.agent;
import static dk.ddh.hotline.guides.course.CourseSteps.course;
import static dk.ddh.hotline.guides.course.CourseSteps.supervisor;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.guides.GuideSteps;
import dk.ddh.hotline.guides.membership.KnownMemberService;
import dk.ddh.hotline.test.EventProbe;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestClock;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import dk.ddh.hotline.test.TestTokens;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;

/** Agents taking a course: failing and retrying, passing, refusals, progress and who may follow it. */
@HotlineIntegrationTest
class TrainingIntegrationTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @TestBean(name = "clock")
    Clock clock;

    static Clock clock() {
        return new TestClock(NOW);
    }

    @LocalServerPort
    int port;

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    KnownMemberService members;

    TestHttp api;
    CourseSteps steps;
    String courseId;

    @BeforeEach
    void setUp() {
        api = TestHttp.at("http://localhost:" + port + "/api/guides/v1");
        steps = new CourseSteps(api);
        GuideSteps.know(members, "253", "259", "1085");
        String guideId = new GuideSteps(api)
                .publish(
                        ddhAdmin("ddh-author"),
                        ddhAdmin("ddh-reviewer"),
                        guide("common", "Hvilken sundhedsapp?", "1. Min Læge.", "AGENT", "Min Læge"));
        courseId = steps.publish(ddhAdmin("ddh-course-writer"), course("common", List.of(guideId)));
    }

    @Test
    void anAgentWhoFailsRetriesAndOnlyThePassGrantsTheCompetencyAndIsAnnounced() {
        String agent = agent("253", "agent-retry");
        try (EventProbe probe = EventProbe.listen(connectionFactory, "hotline.guides", "training.completed")) {
            Response failed = steps.take(agent, courseId, HALF_RIGHT);

            assertThat(failed.status()).isEqualTo(200);
            assertThat(failed.body().path("result").path("scorePercent").asInt())
                    .isEqualTo(50);
            assertThat(failed.body().path("result").path("passed").asBoolean()).isFalse();
            assertThat(failed.body().path("result").has("competency")).isFalse();
            assertThat(failed.body().path("questions").get(2).path("correct").toString())
                    .isEqualTo("[1,2]");
            assertThat(failed.body()
                            .path("questions")
                            .get(2)
                            .path("answeredCorrectly")
                            .asBoolean())
                    .isFalse();
            assertThat(competencies(agent)).isEmpty();

            Response passed = steps.take(agent, courseId, ANSWER_KEY);

            assertThat(passed.body().path("result").path("scorePercent").asInt())
                    .isEqualTo(100);
            assertThat(passed.body().path("result").path("passed").asBoolean()).isTrue();
            assertThat(passed.body().path("result").path("competency").asString())
                    .isEqualTo("HEALTH_APPS");
            assertThat(competencies(agent)).containsExactly("HEALTH_APPS");

            JsonNode event = CourseSteps.awaitTrainingOf(probe, "agent-retry");
            assertThat(event.path("type").asString()).isEqualTo("training.completed");
            assertThat(event.path("subject").asString()).isEqualTo("agent-retry");
            assertThat(event.path("time").asString()).startsWith("2026-03-02T09:00");
            JsonNode data = event.path("data");
            assertThat(data.path("courseId").asString()).isEqualTo(courseId);
            assertThat(data.path("agent").asString()).isEqualTo("agent-retry");
            assertThat(data.path("memberId").asString()).isEqualTo("253");
            assertThat(data.path("competency").asString()).isEqualTo("HEALTH_APPS");
            assertThat(data.path("scorePercent").asInt()).isEqualTo(100);
        }
    }

    @Test
    void theAnswerKeyIsHiddenUntilSubmittingAndEachQuestionIsAnsweredOnce() {
        String agent = agent("253", "agent-once");
        String attemptId = steps.start(agent, courseId);

        Response first = steps.answer(agent, attemptId, 1, Set.of(3));
        Response again = steps.answer(agent, attemptId, 1, Set.of(2));
        Response unknownOption = steps.answer(agent, attemptId, 2, Set.of(7));
        Response unknownQuestion = steps.answer(agent, attemptId, 9, Set.of(1));
        Response incomplete = api.post(agent, "/attempts/" + attemptId + "/submit", null);
        Response secondStart = api.post(agent, "/courses/" + courseId + "/attempts", null);

        assertThat(first.status()).isEqualTo(200);
        first.body().path("questions").forEach(q -> {
            assertThat(q.has("correct")).isFalse();
            assertThat(q.has("answeredCorrectly")).isFalse();
        });
        assertThat(first.body().path("questions").get(0).path("chosen").toString())
                .isEqualTo("[3]");
        assertProblem(again, 409, "question-already-answered");
        assertProblem(unknownOption, 400, "unknown-option");
        assertProblem(unknownQuestion, 404, "not-found");
        assertProblem(incomplete, 409, "answers-incomplete");
        assertThat(incomplete.body().path("unanswered").toString()).isEqualTo("[2,3,4]");
        assertProblem(secondStart, 409, "attempt-in-progress");
        assertThat(secondStart.body().path("attemptId").asString()).isEqualTo(attemptId);
        assertThat(api.get(agent, "/attempts/" + attemptId)
                        .body()
                        .path("questions")
                        .get(0)
                        .has("correct"))
                .isFalse();
    }

    @Test
    void aSubmittedAttemptIsClosedAndNobodyElseSeesIt() {
        String agent = agent("253", "agent-closed");
        String attemptId =
                steps.take(agent, courseId, ANSWER_KEY).body().path("attemptId").asString();

        assertProblem(steps.answer(agent, attemptId, 1, Set.of(1)), 409, "attempt-submitted");
        assertProblem(api.post(agent, "/attempts/" + attemptId + "/submit", null), 409, "attempt-submitted");
        assertProblem(api.get(agent("253", "someone-else"), "/attempts/" + attemptId), 404, "not-found");
        assertProblem(steps.answer(agent("253", "someone-else"), attemptId, 1, Set.of(1)), 404, "not-found");
        assertProblem(
                api.post(memberAdmin("253", "greve-admin"), "/courses/" + courseId + "/attempts", null),
                403,
                "forbidden");
    }

    @Test
    void showsProgressToTheAgentAndToTheMembersSupervisorsAndAdmins() {
        String agent = agent("253", "agent-progress");
        steps.take(agent, courseId, HALF_RIGHT);
        steps.take(agent, courseId, ANSWER_KEY);
        steps.take(agent("259", "agent-koege"), courseId, HALF_RIGHT);

        JsonNode mine = api.get(agent, "/training/me").body();
        assertThat(mine.path("agent").asString()).isEqualTo("agent-progress");
        JsonNode course = mine.path("courses").get(0);
        assertThat(course.path("courseId").asString()).isEqualTo(courseId);
        assertThat(course.path("attempts").asInt()).isEqualTo(2);
        assertThat(course.path("bestScorePercent").asInt()).isEqualTo(100);
        assertThat(course.path("passed").asBoolean()).isTrue();
        assertThat(mine.path("competencies").get(0).path("competency").asString())
                .isEqualTo("HEALTH_APPS");

        for (String follower :
                List.of(supervisor("253"), memberAdmin("253", "greve-admin"), ddhAdmin("ddh"), regionAdmin("region"))) {
            Response greve = api.get(follower, "/training/members/253?size=100");
            assertThat(greve.status()).isEqualTo(200);
            JsonNode agentProgress = greve.body()
                    .path("items")
                    .valueStream()
                    .filter(a -> a.path("agent").asString().equals("agent-progress"))
                    .findFirst()
                    .orElseThrow();
            assertThat(agentProgress.path("courses").get(0).path("attempts").asInt())
                    .isEqualTo(2);
            assertThat(agentProgress.path("courses").get(0).path("passed").asBoolean())
                    .isTrue();
            assertThat(greve.body()
                            .path("items")
                            .valueStream()
                            .map(a -> a.path("agent").asString()))
                    .doesNotContain("agent-koege");
        }
        JsonNode koege = api.get(supervisor("259"), "/training/members/259").body();
        assertThat(koege.path("items").get(0).path("agent").asString()).isEqualTo("agent-koege");
        assertThat(koege.path("items").get(0).path("competencies")).isEmpty();
    }

    @Test
    void nobodyFollowsAnotherMembersAgents() {
        steps.take(agent("253", "agent-private"), courseId, ANSWER_KEY);

        for (String outsider : List.of(
                supervisor("259"),
                memberAdmin("259", "koege-admin"),
                agent("253", "agent-colleague"),
                TestTokens.forRoles("PARTNER").member("253").mint())) {
            assertProblem(api.get(outsider, "/training/members/253"), 403, "forbidden");
        }
        assertThat(api.get(agent("253", "agent-colleague"), "/training/me")
                        .body()
                        .path("courses"))
                .isEmpty();
        assertProblem(api.get(memberAdmin("253", "greve-admin"), "/training/me"), 403, "forbidden");
    }

    private List<String> competencies(String agentToken) {
        return api.get(agentToken, "/training/me")
                .body()
                .path("competencies")
                .valueStream()
                .map(c -> c.path("competency").asString())
                .toList();
    }

    private static void assertProblem(Response response, int status, String problem) {
        assertThat(response.status()).as("%s", response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problem()).isEqualTo(problem);
    }
}
