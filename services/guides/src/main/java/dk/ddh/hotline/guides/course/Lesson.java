package dk.ddh.hotline.guides.course;

import java.util.List;
import java.util.UUID;

/** One lesson of a course: a short text and the guides the agent reads for it. */
public record Lesson(String title, String text, List<UUID> guides) {

    public Lesson {
        guides = guides == null ? List.of() : List.copyOf(guides);
    }
}
