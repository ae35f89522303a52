package dk.ddh.hotline.guides.guide;

import dk.ddh.hotline.contracts.Role;
import dk.ddh.hotline.guides.guide.GuidesProperties.ChecklistItem;
import dk.ddh.hotline.support.cpr.NoCpr;
import dk.ddh.hotline.support.member.MemberCode;
import dk.ddh.hotline.support.problem.ForbiddenException;
import dk.ddh.hotline.support.security.Caller;
import dk.ddh.hotline.support.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/guides/v1")
@Tag(name = "Quality workflow", description = "DRAFT -> IN_REVIEW -> PUBLISHED -> ARCHIVED, four eyes, checklist")
class WorkflowController {

    private static final String REVISION = "/guides/{guideId}/revisions/{number}";

    private final GuideService guides;
    private final GuideAccess access;
    private final Checklist checklist;

    WorkflowController(GuideService guides, GuideAccess access, Checklist checklist) {
        this.guides = guides;
        this.access = access;
        this.checklist = checklist;
    }

    @PostMapping(REVISION + "/submit")
    @PreAuthorize(GuideAccess.EDITORS)
    @Operation(operationId = "submitRevision", summary = "Submit a draft revision for review")
    RevisionResponse submit(@PathVariable UUID guideId, @PathVariable int number) {
        Guide guide = guides.get(guideId);
        access.checkWrite(Caller.current(), guide);
        return RevisionResponse.of(guide.owner(), guides.submit(guideId, number));
    }

    @PostMapping(REVISION + "/approve")
    @PreAuthorize(GuideAccess.REVIEWERS)
    @Operation(
            summary = "Approve a revision in review and publish it",
            description = "Every item of the checklist must be ticked (409 checklist-incomplete lists the missing);"
                    + " the author never approves their own revision (403 reviewer-is-author).")
    RevisionResponse approve(
            @PathVariable UUID guideId, @PathVariable int number, @Valid @RequestBody ApprovalRequest request) {
        Caller caller = Caller.current();
        Guide guide = guides.get(guideId);
        access.checkReview(caller, guide);
        Revision live = guides.approve(guideId, number, caller.subject(), request.checklist(), request.comment());
        return RevisionResponse.of(guide.owner(), live);
    }

    @PostMapping(REVISION + "/reject")
    @PreAuthorize(GuideAccess.REVIEWERS)
    @Operation(summary = "Send a revision in review back to DRAFT with a comment")
    RevisionResponse reject(
            @PathVariable UUID guideId, @PathVariable int number, @Valid @RequestBody RejectionRequest request) {
        Caller caller = Caller.current();
        Guide guide = guides.get(guideId);
        access.checkReview(caller, guide);
        return RevisionResponse.of(guide.owner(), guides.reject(guideId, number, caller.subject(), request.comment()));
    }

    @PostMapping("/guides/{guideId}/archive")
    @PreAuthorize(GuideAccess.EDITORS)
    @Operation(summary = "Archive a guide: its live revision is withdrawn")
    RevisionResponse archive(@PathVariable UUID guideId) {
        Caller caller = Caller.current();
        Guide guide = guides.get(guideId);
        access.checkVisible(caller, guide);
        if (!access.mayWrite(caller, guide.owner()) && !access.mayReview(caller, guide.owner())) {
            throw new ForbiddenException("You may not archive guides of owner " + guide.owner());
        }
        return RevisionResponse.of(guide.owner(), guides.archive(guideId));
    }

    @GetMapping("/review-overdue")
    @PreAuthorize(GuideAccess.EDITORS)
    @Operation(
            summary = "Live guides whose review date has passed, most overdue first",
            description = "DDH's admins see every owner's (or one, with owner=); a member's or the region's admins"
                    + " their own.")
    PageResponse<OverdueGuide> overdue(
            @RequestParam(required = false) @Pattern(regexp = "common|" + MemberCode.PATTERN) String owner,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Caller caller = Caller.current();
        Optional<Owner> scope = caller.hasRole(Role.DDH_ADMIN)
                ? Optional.ofNullable(owner).map(Owner::parse)
                : Optional.of(new Owner(caller.member().orElse("none")));
        return guides.overdueForReview(scope, page, size).map(OverdueGuide::of);
    }

    @GetMapping("/checklist")
    @PreAuthorize(GuideAccess.READERS)
    @Operation(summary = "DDH's quality checklist a reviewer ticks in full to publish")
    List<ChecklistItem> checklist() {
        return checklist.items();
    }

    record ApprovalRequest(
            @NotNull @Size(max = 50) Set<@NotBlank String> checklist,
            @Size(max = 2000) @NoCpr String comment) {}

    record RejectionRequest(
            @NotBlank @Size(max = 2000) @NoCpr String comment) {}

    record OverdueGuide(UUID guideId, String owner, String title, Integer liveRevision, LocalDate reviewDue) {

        static OverdueGuide of(GuideSummary summary) {
            return new OverdueGuide(
                    summary.guideId(),
                    summary.owner().toString(),
                    summary.title(),
                    summary.liveRevision(),
                    summary.reviewDue());
        }
    }
}
