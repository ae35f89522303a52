package dk.ddh.hotline.guides.course;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * An attempt as its agent sees it: the questions with the options chosen so far; once submitted, the result and, per
 * question, the correct options. Before submitting no correct option is shown.
 */
record AttemptResponse(
        UUID attemptId,
        UUID courseId,
        String courseTitle,
        Instant startedAt,
        List<AttemptQuestion> questions,
        @JsonInclude(JsonInclude.Include.NON_NULL) ResultResponse result) {

    static AttemptResponse of(Attempt attempt, Course course) {
        List<Question> questions = course.content().questions();
        boolean submitted = attempt.result().isPresent();
        return new AttemptResponse(
                attempt.id(),
                course.id(),
                course.content().title(),
                attempt.startedAt(),
                IntStream.rangeClosed(1, questions.size())
                        .mapToObj(n -> AttemptQuestion.of(
                                n, questions.get(n - 1), attempt.answers().get(n), submitted))
                        .toList(),
                attempt.result()
                        .map(result -> ResultResponse.of(result, course, questions.size()))
                        .orElse(null));
    }

    /**
     * @param chosen the options chosen, or null while unanswered
     * @param correct the correct options, only after submitting
     * @param answeredCorrectly only after submitting
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AttemptQuestion(
            int number,
            String text,
            List<String> options,
            Set<Integer> chosen,
            SortedSet<Integer> correct,
            Boolean answeredCorrectly) {

        static AttemptQuestion of(int number, Question question, Set<Integer> chosen, boolean submitted) {
            return new AttemptQuestion(
                    number,
                    question.text(),
                    question.options(),
                    chosen,
                    submitted ? question.correct() : null,
                    submitted ? question.isAnsweredCorrectlyBy(chosen) : null);
        }
    }

    /** @param competency what passing granted, left out after a fail */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ResultResponse(
            int correct,
            int questions,
            int scorePercent,
            int passThreshold,
            boolean passed,
            String competency,
            Instant submittedAt) {

        static ResultResponse of(Attempt.Result result, Course course, int questions) {
            return new ResultResponse(
                    result.correct(),
                    questions,
                    result.scorePercent(),
                    course.content().passThreshold(),
                    result.passed(),
                    result.passed() ? course.content().competency() : null,
                    result.submittedAt());
        }
    }
}
