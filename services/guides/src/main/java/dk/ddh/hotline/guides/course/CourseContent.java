package dk.ddh.hotline.guides.course;

import dk.ddh.hotline.support.problem.InvalidRequestException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a course teaches and tests: ordered lessons, ordered questions, the competency passing grants (e.g. {@code
 * HEALTH_APPS}) and the share of correct answers, in percent, needed to pass.
 */
public record CourseContent(
        String title,
        String description,
        String competency,
        int passThreshold,
        List<Lesson> lessons,
        List<Question> questions) {

    public CourseContent {
        lessons = List.copyOf(lessons);
        questions = List.copyOf(questions);
        if (passThreshold < 1 || passThreshold > 100 || questions.isEmpty()) {
            throw new InvalidRequestException(
                    "invalid-course",
                    "A course needs at least one question and a pass threshold of 1 to 100 percent",
                    Map.of("passThreshold", passThreshold));
        }
    }

    /** Every guide the lessons link, each once. */
    Set<UUID> linkedGuides() {
        Set<UUID> guides = new LinkedHashSet<>();
        lessons.forEach(lesson -> guides.addAll(lesson.guides()));
        return guides;
    }

    /** The share of correct answers in percent, rounded down. */
    int scorePercent(int correctAnswers) {
        return correctAnswers * 100 / questions.size();
    }

    boolean passes(int scorePercent) {
        return scorePercent >= passThreshold;
    }
}
