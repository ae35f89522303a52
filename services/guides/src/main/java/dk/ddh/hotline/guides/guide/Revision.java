package dk.ddh.hotline.guides.guide;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** One immutable version of a guide's content, with where it stands in the quality workflow. */
public final class Revision {

    private final UUID guideId;
    private final int number;
    private final GuideContent content;
    private final String author;
    private final Instant createdAt;
    private RevisionStatus status;
    private String reviewer;
    private Instant publishedAt;
    private LocalDate reviewDue;

    Revision(
            UUID guideId,
            int number,
            GuideContent content,
            String author,
            Instant createdAt,
            RevisionStatus status,
            String reviewer,
            Instant publishedAt,
            LocalDate reviewDue) {
        this.guideId = Objects.requireNonNull(guideId, "guideId");
        this.number = number;
        this.content = Objects.requireNonNull(content, "content");
        this.author = Objects.requireNonNull(author, "author");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Objects.requireNonNull(status, "status");
        this.reviewer = reviewer;
        this.publishedAt = publishedAt;
        this.reviewDue = reviewDue;
    }

    static Revision draft(UUID guideId, int number, GuideContent content, String author, Instant now) {
        return new Revision(guideId, number, content, author, now, RevisionStatus.DRAFT, null, null, null);
    }

    void changeStatus(RevisionStatus to) {
        if (!status.mayChangeTo(to)) {
            throw new WorkflowConflict(
                    "illegal-revision-status",
                    "Revision " + number + " is " + status + " and cannot become " + to,
                    Map.of("status", status.name(), "allowed", status.next()));
        }
        status = to;
    }

    /** Four eyes: whoever publishes or rejects a revision did not write it. */
    void checkReviewer(String candidate) {
        if (author.equals(candidate)) {
            throw new FourEyesViolation(number);
        }
    }

    void publish(String by, Instant now, LocalDate due) {
        checkReviewer(by);
        changeStatus(RevisionStatus.PUBLISHED);
        reviewer = by;
        publishedAt = now;
        reviewDue = due;
    }

    public UUID guideId() {
        return guideId;
    }

    public int number() {
        return number;
    }

    public GuideContent content() {
        return content;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public RevisionStatus status() {
        return status;
    }

    public String reviewer() {
        return reviewer;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public LocalDate reviewDue() {
        return reviewDue;
    }
}
