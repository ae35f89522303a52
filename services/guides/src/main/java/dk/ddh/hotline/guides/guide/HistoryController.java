package dk.ddh.hotline.guides.guide;

import dk.ddh.hotline.support.problem.ForbiddenException;
import dk.ddh.hotline.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Revision history and diffs: for those who may see a guide's unpublished revisions, the whole history. */
@RestController
@RequestMapping("/api/guides/v1/guides/{guideId}")
@Tag(name = "History", description = "Immutable revisions, their reviews and diffs")
class HistoryController {

    private final GuideService guides;
    private final GuideAccess access;

    HistoryController(GuideService guides, GuideAccess access) {
        this.guides = guides;
        this.access = access;
    }

    @GetMapping("/revisions")
    @PreAuthorize(GuideAccess.EDITORS)
    @Operation(operationId = "guideHistory", summary = "Every revision of a guide, oldest first, with its reviews")
    List<HistoryEntry> history(@PathVariable UUID guideId) {
        Caller caller = Caller.current();
        Guide guide = guides.get(guideId);
        access.checkVisible(caller, guide);
        if (!access.seesDrafts(caller, guide)) {
            throw new ForbiddenException("Only the guide's writers and reviewers read its history");
        }
        List<Review> reviews = guides.reviews(guideId);
        return guide.revisions().stream()
                .map(revision -> HistoryEntry.of(
                        revision,
                        reviews.stream()
                                .filter(r -> r.revision() == revision.number())
                                .toList()))
                .toList();
    }

    @GetMapping("/revisions/{number}")
    @PreAuthorize(GuideAccess.READERS)
    @Operation(summary = "One revision: the live one for every reader, any for the guide's writers and reviewers")
    RevisionResponse revision(@PathVariable UUID guideId, @PathVariable int number) {
        Guide guide = guides.get(guideId);
        return RevisionResponse.of(guide.owner(), access.readable(Caller.current(), guide, number));
    }

    @GetMapping("/diff")
    @PreAuthorize(GuideAccess.READERS)
    @Operation(summary = "What changed from one revision to another (any two, in either order)")
    RevisionDiff diff(@PathVariable UUID guideId, @RequestParam @Min(1) int from, @RequestParam @Min(1) int to) {
        Caller caller = Caller.current();
        Guide guide = guides.get(guideId);
        return RevisionDiff.between(access.readable(caller, guide, from), access.readable(caller, guide, to));
    }

    record HistoryEntry(
            int revision,
            RevisionStatus status,
            String title,
            String author,
            Instant createdAt,
            String reviewer,
            Instant publishedAt,
            LocalDate reviewDue,
            List<Review> reviews) {

        static HistoryEntry of(Revision revision, List<Review> reviews) {
            return new HistoryEntry(
                    revision.number(),
                    revision.status(),
                    revision.content().title(),
                    revision.author(),
                    revision.createdAt(),
                    revision.reviewer(),
                    revision.publishedAt(),
                    revision.reviewDue(),
                    reviews);
        }
    }
}
