package dk.ddh.hotline.web.training;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What the guides service tells an agent about its training, as the console shows it. */
public final class Training {

    private Training() {}

    /** The agent's own progress: each course tried, and the competencies passing granted. */
    public record Progress(List<CourseProgress> courses, List<Competency> competencies) {

        public Progress {
            courses = courses == null ? List.of() : courses;
            competencies = competencies == null ? List.of() : competencies;
        }
    }

    public record CourseProgress(
            String courseId, int attempts, Integer bestScorePercent, boolean passed, String openAttempt) {}

    public record Competency(String competency, String courseId, int scorePercent, Instant grantedAt) {}

    /** One page of published courses. */
    public record Courses(List<Course> items) {

        public Courses {
            items = items == null ? List.of() : items;
        }
    }

    public record Course(
            String courseId, String title, String competency, int passThreshold, int lessons, int questions) {}

    /** A course with its lessons, for reading before the quiz. */
    public record CourseContent(String courseId, String title, String description, List<Lesson> lessons) {

        public CourseContent {
            lessons = lessons == null ? List.of() : lessons;
        }
    }

    public record Lesson(int number, String title, String text) {}

    /** An attempt at a course's quiz; the correct options and the result only once it is submitted. */
    public record Attempt(
            String attemptId, String courseId, String courseTitle, List<Question> questions, Result result) {

        public Attempt {
            questions = questions == null ? List.of() : questions;
        }
    }

    public record Question(
            int number,
            String text,
            List<String> options,
            Set<Integer> chosen,
            Set<Integer> correct,
            Boolean answeredCorrectly) {

        public Question {
            chosen = chosen == null ? Set.of() : chosen;
            correct = correct == null ? Set.of() : correct;
        }

        public boolean answered() {
            return !chosen.isEmpty();
        }
    }

    public record Result(int correct, int questions, int scorePercent, boolean passed) {}
}
