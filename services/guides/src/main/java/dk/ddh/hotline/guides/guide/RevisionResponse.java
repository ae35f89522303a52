package dk.ddh.hotline.guides.guide;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A revision with its content, as the API shows it. */
record RevisionResponse(
        UUID guideId,
        String owner,
        int revision,
        RevisionStatus status,
        String title,
        String body,
        List<String> systems,
        Audience audience,
        List<Resolution> resolutions,
        String author,
        Instant createdAt,
        String reviewer,
        Instant publishedAt,
        LocalDate reviewDue) {

    static RevisionResponse of(Owner owner, Revision revision) {
        GuideContent content = revision.content();
        return new RevisionResponse(
                revision.guideId(),
                owner.toString(),
                revision.number(),
                revision.status(),
                content.title(),
                content.body(),
                content.systems(),
                content.audience(),
                content.resolutions(),
                revision.author(),
                revision.createdAt(),
                revision.reviewer(),
                revision.publishedAt(),
                revision.reviewDue());
    }
}
