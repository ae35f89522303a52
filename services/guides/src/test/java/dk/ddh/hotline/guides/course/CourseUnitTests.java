package dk.ddh.hotline.guides.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ddh.hotline.guides.guide.Owner;
import dk.ddh.hotline.support.problem.InvalidRequestException;
import dk.ddh.hotline.support.problem.ProblemException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CourseUnitTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final Course course = published(67);

    @Test
    void scoresTheShareOfCorrectAnswersRoundedDownAndPassesAtTheThreshold() {
        Attempt twoOfThree = answered(Set.of(2), Set.of(1, 3), Set.of(2));
        Attempt oneOfThree = answered(Set.of(2), Set.of(1), Set.of(2));

        Course lowerThreshold = published(66);

        Attempt.Result belowThreshold = twoOfThree.submit(course, NOW);
        Attempt.Result failed = oneOfThree.submit(course, NOW);
        Attempt.Result atThreshold =
                answeredIn(lowerThreshold, Set.of(2), Set.of(1, 3), Set.of(2)).submit(lowerThreshold, NOW);

        assertThat(belowThreshold.correct()).isEqualTo(2);
        assertThat(belowThreshold.scorePercent()).isEqualTo(66);
        assertThat(belowThreshold.passed()).isFalse();
        assertThat(failed.scorePercent()).isEqualTo(33);
        assertThat(atThreshold.passed()).isTrue();
    }

    @Test
    void aQuestionWithSeveralCorrectOptionsNeedsExactlyThose() {
        Question question = question(Set.of(1, 3));

        assertThat(question.isAnsweredCorrectlyBy(Set.of(1, 3))).isTrue();
        assertThat(question.isAnsweredCorrectlyBy(Set.of(1))).isFalse();
        assertThat(question.isAnsweredCorrectlyBy(Set.of(1, 2, 3))).isFalse();
    }

    @Test
    void refusesAnsweringAQuestionTwice() {
        Attempt attempt = Attempt.start(course, "agent-1", "253", NOW);
        attempt.answer(course, 1, Set.of(1));

        assertThatThrownBy(() -> attempt.answer(course, 1, Set.of(2)))
                .isInstanceOf(TrainingConflict.class)
                .extracting(e -> ((ProblemException) e).slug())
                .isEqualTo("question-already-answered");
        assertThat(attempt.answers().get(1)).containsExactly(1);
    }

    @Test
    void refusesSubmittingWithUnansweredQuestionsNamingThem() {
        Attempt attempt = Attempt.start(course, "agent-1", "253", NOW);
        attempt.answer(course, 2, Set.of(1, 3));

        assertThatThrownBy(() -> attempt.submit(course, NOW)).isInstanceOfSatisfying(TrainingConflict.class, e -> {
            assertThat(e.slug()).isEqualTo("answers-incomplete");
            assertThat(e.properties().get("unanswered")).isEqualTo(List.of(1, 3));
        });
        assertThat(attempt.result()).isEmpty();
    }

    @Test
    void aSubmittedAttemptTakesNoMoreAnswersAndIsNotSubmittedAgain() {
        Attempt attempt = answered(Set.of(2), Set.of(1, 3), Set.of(2));
        attempt.submit(course, NOW);

        assertThatThrownBy(() -> attempt.submit(course, NOW))
                .isInstanceOfSatisfying(
                        TrainingConflict.class, e -> assertThat(e.slug()).isEqualTo("attempt-submitted"));
        assertThatThrownBy(() -> attempt.answer(course, 1, Set.of(1)))
                .isInstanceOfSatisfying(
                        TrainingConflict.class, e -> assertThat(e.slug()).isEqualTo("attempt-submitted"));
    }

    @Test
    void refusesOptionsTheQuestionDoesNotHave() {
        Attempt attempt = Attempt.start(course, "agent-1", "253", NOW);

        assertThatThrownBy(() -> attempt.answer(course, 1, Set.of(4)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class, e -> assertThat(e.slug()).isEqualTo("unknown-option"));
        assertThatThrownBy(() -> attempt.answer(course, 1, Set.of(0))).isInstanceOf(InvalidRequestException.class);
        assertThat(attempt.answers()).isEmpty();
    }

    @Test
    void onlyAPublishedCourseIsTaken() {
        Course draft = Course.write(Owner.DDH, content(67), "ddh-author", NOW);
        Course retired = published(67);
        retired.retire();

        for (Course closed : List.of(draft, retired)) {
            assertThatThrownBy(() -> Attempt.start(closed, "agent-1", "253", NOW))
                    .isInstanceOfSatisfying(
                            TrainingConflict.class, e -> assertThat(e.slug()).isEqualTo("course-not-published"));
        }
        assertThatThrownBy(() -> retired.publish(NOW))
                .isInstanceOfSatisfying(
                        TrainingConflict.class, e -> assertThat(e.slug()).isEqualTo("illegal-course-status"));
    }

    @Test
    void aCorrectOptionMustBeAnOption() {
        assertThatThrownBy(() -> new Question("Hvilken app?", List.of("Min Læge", "MinSP"), new TreeSet<>(Set.of(3))))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class, e -> assertThat(e.slug()).isEqualTo("invalid-question"));
    }

    private Attempt answered(Set<Integer> first, Set<Integer> second, Set<Integer> third) {
        return answeredIn(course, first, second, third);
    }

    private static Attempt answeredIn(Course course, Set<Integer> first, Set<Integer> second, Set<Integer> third) {
        Attempt attempt = Attempt.start(course, "agent-1", "253", NOW);
        attempt.answer(course, 1, first);
        attempt.answer(course, 2, second);
        attempt.answer(course, 3, third);
        return attempt;
    }

    private static Course published(int threshold) {
        Course course = Course.write(Owner.DDH, content(threshold), "ddh-author", NOW);
        course.publish(NOW);
        return course;
    }

    private static CourseContent content(int threshold) {
        return new CourseContent(
                "Sundhedsapps",
                "Hvilken app til hvad",
                "HEALTH_APPS",
                threshold,
                List.of(new Lesson("Apps", "Min Læge er egen læge.", List.of())),
                List.of(question(Set.of(2)), question(Set.of(1, 3)), question(Set.of(1))));
    }

    private static Question question(Set<Integer> correct) {
        return new Question("Hvilken app?", List.of("Min Sundhed", "Min Læge", "MinSP"), new TreeSet<>(correct));
    }
}
