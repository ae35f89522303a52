package dk.ddh.hotline.guides.course;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import java.util.UUID;
import java.util.stream.IntStream;

/** A course as the API shows it; the correct options only to those who see the answer key. */
record CourseResponse(
        UUID courseId,
        String owner,
        CourseStatus status,
        String title,
        String description,
        String competency,
        int passThreshold,
        List<LessonResponse> lessons,
        List<QuestionResponse> questions,
        Instant createdAt,
        Instant publishedAt) {

    static CourseResponse of(Course course, boolean withAnswerKey) {
        CourseContent content = course.content();
        return new CourseResponse(
                course.id(),
                course.owner().toString(),
                course.status(),
                content.title(),
                content.description(),
                content.competency(),
                content.passThreshold(),
                IntStream.range(0, content.lessons().size())
                        .mapToObj(
                                i -> LessonResponse.of(i + 1, content.lessons().get(i)))
                        .toList(),
                IntStream.range(0, content.questions().size())
                        .mapToObj(i ->
                                QuestionResponse.of(i + 1, content.questions().get(i), withAnswerKey))
                        .toList(),
                course.createdAt(),
                course.publishedAt());
    }

    record LessonResponse(int number, String title, String text, List<UUID> guides) {

        static LessonResponse of(int number, Lesson lesson) {
            return new LessonResponse(number, lesson.title(), lesson.text(), lesson.guides());
        }
    }

    /** @param correct the correct option numbers, left out for those who take the course */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record QuestionResponse(int number, String text, List<String> options, SortedSet<Integer> correct) {

        static QuestionResponse of(int number, Question question, boolean withAnswerKey) {
            return new QuestionResponse(
                    number, question.text(), question.options(), withAnswerKey ? question.correct() : null);
        }
    }

    /** A course in a list. */
    record Summary(
            UUID courseId,
            String owner,
            CourseStatus status,
            String title,
            String competency,
            int passThreshold,
            int lessons,
            int questions) {

        static Summary of(Course course) {
            CourseContent content = course.content();
            return new Summary(
                    course.id(),
                    course.owner().toString(),
                    course.status(),
                    content.title(),
                    content.competency(),
                    content.passThreshold(),
                    content.lessons().size(),
                    content.questions().size());
        }
    }
}
