package dk.ddh.hotline.guides.course;

import dk.ddh.hotline.guides.guide.Owner;
import dk.ddh.hotline.support.problem.NotFoundException;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An e-learning course, owned like a guide by DDH or one member. Its content is written once; it is taken only while
 * published.
 */
public final class Course {

    private final UUID id;
    private final Owner owner;
    private final CourseContent content;
    private final String author;
    private final Instant createdAt;
    private CourseStatus status;
    private Instant publishedAt;

    Course(
            UUID id,
            Owner owner,
            CourseContent content,
            String author,
            Instant createdAt,
            CourseStatus status,
            Instant publishedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.content = Objects.requireNonNull(content, "content");
        this.author = Objects.requireNonNull(author, "author");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Objects.requireNonNull(status, "status");
        this.publishedAt = publishedAt;
    }

    static Course write(Owner owner, CourseContent content, String author, Instant now) {
        return new Course(UUID.randomUUID(), owner, content, author, now, CourseStatus.DRAFT, null);
    }

    void publish(Instant now) {
        changeStatus(CourseStatus.PUBLISHED);
        publishedAt = now;
    }

    void retire() {
        changeStatus(CourseStatus.RETIRED);
    }

    /** @throws TrainingConflict {@code course-not-published} unless agents may take the course now */
    void checkTakeable() {
        if (status != CourseStatus.PUBLISHED) {
            throw new TrainingConflict(
                    "course-not-published",
                    "Course " + id + " is " + status + "; only a published course can be taken",
                    Map.of("status", status.name()));
        }
    }

    /** The question by its number, counted from 1. */
    Question question(int number) {
        if (number < 1 || number > content.questions().size()) {
            throw new NotFoundException("question", id + "/" + number);
        }
        return content.questions().get(number - 1);
    }

    private void changeStatus(CourseStatus to) {
        if (!status.mayChangeTo(to)) {
            throw new TrainingConflict(
                    "illegal-course-status",
                    "Course " + id + " is " + status + " and cannot become " + to,
                    Map.of("status", status.name()));
        }
        status = to;
    }

    public UUID id() {
        return id;
    }

    public Owner owner() {
        return owner;
    }

    public CourseContent content() {
        return content;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public CourseStatus status() {
        return status;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
