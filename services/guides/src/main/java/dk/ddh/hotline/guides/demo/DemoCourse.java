package dk.ddh.hotline.guides.demo;

import dk.ddh.hotline.guides.course.CourseContent;
import dk.ddh.hotline.guides.course.Lesson;
import dk.ddh.hotline.guides.course.Question;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One course of {@code demo/courses.yml}; its lessons name the demo guides they link by title. */
record DemoCourse(
        String owner,
        String title,
        String description,
        String competency,
        int passThreshold,
        List<DemoLesson> lessons,
        List<Question> questions) {

    /** @param guideIds the demo guides' ids by title */
    CourseContent content(Map<String, UUID> guideIds) {
        return new CourseContent(
                title,
                description,
                competency,
                passThreshold,
                lessons.stream().map(lesson -> lesson.toLesson(guideIds)).toList(),
                questions);
    }

    record DemoLesson(String title, String text, List<String> guides) {

        Lesson toLesson(Map<String, UUID> guideIds) {
            return new Lesson(
                    title,
                    text,
                    guides.stream()
                            .map(guide -> {
                                UUID id = guideIds.get(guide);
                                if (id == null) {
                                    throw new IllegalStateException("No demo guide titled " + guide);
                                }
                                return id;
                            })
                            .toList());
        }
    }

    record File(List<DemoCourse> courses) {}
}
