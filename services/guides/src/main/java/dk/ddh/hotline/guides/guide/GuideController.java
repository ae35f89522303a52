package dk.ddh.hotline.guides.guide;

import dk.ddh.hotline.support.member.MemberCode;
import dk.ddh.hotline.support.security.Caller;
import dk.ddh.hotline.support.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/guides/v1/guides")
@Tag(name = "Guides", description = "Writing and reading guides; every edit is a new revision")
class GuideController {

    private final GuideService guides;
    private final GuideAccess access;

    GuideController(GuideService guides, GuideAccess access) {
        this.guides = guides;
        this.access = access;
    }

    @PostMapping
    @PreAuthorize(GuideAccess.EDITORS)
    @Operation(
            operationId = "writeGuide",
            summary = "Write a new guide; its first revision is a DRAFT. Owner: 'common' (DDH) or a member code")
    @ApiResponse(responseCode = "201", description = "Created; `Location` names it", useReturnTypeSchema = true)
    ResponseEntity<RevisionResponse> write(@Valid @RequestBody ContentRequest request) {
        Caller caller = Caller.current();
        Owner owner = request.requireOwner();
        access.checkWrite(caller, owner);
        Guide guide = guides.write(owner, request.toContent(), caller.subject());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(guide.id())
                .toUri();
        return ResponseEntity.created(location).body(RevisionResponse.of(owner, guide.latest()));
    }

    @GetMapping
    @PreAuthorize(GuideAccess.READERS)
    @Operation(
            operationId = "listGuides",
            summary = "List guides: published ones, and the unpublished ones the caller may see",
            description = "status PUBLISHED lists guides with a live revision; DRAFT and IN_REVIEW guides with an open"
                    + " revision in that status (the review queue).")
    PageResponse<GuideSummaryResponse> list(
            @RequestParam(required = false) @Pattern(regexp = "common|" + MemberCode.PATTERN) String owner,
            @RequestParam(required = false) RevisionStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        GuideFilter filter = new GuideFilter(
                Optional.ofNullable(owner).map(Owner::parse),
                Optional.ofNullable(status),
                access.drafts(Caller.current()));
        return guides.list(filter, page, size).map(GuideSummaryResponse::of);
    }

    @GetMapping("/{guideId}")
    @PreAuthorize(GuideAccess.READERS)
    @Operation(
            operationId = "getGuide",
            summary = "Read a guide: its live revision, and its open revision for those who may see drafts")
    GuideResponse get(@PathVariable UUID guideId) {
        Caller caller = Caller.current();
        Guide guide = guides.get(guideId);
        access.checkVisible(caller, guide);
        Optional<Revision> open = access.seesDrafts(caller, guide) ? guide.open() : Optional.empty();
        return new GuideResponse(
                guide.id(),
                guide.owner().toString(),
                guide.live()
                        .map(live -> RevisionResponse.of(guide.owner(), live))
                        .orElse(null),
                open.map(r -> RevisionResponse.of(guide.owner(), r)).orElse(null));
    }

    @PostMapping("/{guideId}/revisions")
    @PreAuthorize(GuideAccess.EDITORS)
    @Operation(
            summary = "Edit a guide: writes a new DRAFT revision; the live revision stays live until its successor"
                    + " is published",
            description = "basedOn, if given, must be the latest revision (409 stale-revision otherwise). A draft not"
                    + " yet submitted is superseded; a revision in review must be decided first (409).")
    @ApiResponse(responseCode = "201", description = "Created; `Location` names it", useReturnTypeSchema = true)
    ResponseEntity<RevisionResponse> edit(@PathVariable UUID guideId, @Valid @RequestBody ContentRequest request) {
        Caller caller = Caller.current();
        Guide guide = guides.get(guideId);
        access.checkWrite(caller, guide);
        Revision draft = guides.edit(guideId, request.toContent(), caller.subject(), request.basedOn());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{number}")
                .buildAndExpand(draft.number())
                .toUri();
        return ResponseEntity.created(location).body(RevisionResponse.of(guide.owner(), draft));
    }

    record GuideResponse(UUID guideId, String owner, RevisionResponse live, RevisionResponse open) {}

    record GuideSummaryResponse(
            UUID guideId,
            String owner,
            String title,
            Integer liveRevision,
            LocalDate reviewDue,
            Integer openRevision,
            RevisionStatus openStatus) {

        static GuideSummaryResponse of(GuideSummary summary) {
            return new GuideSummaryResponse(
                    summary.guideId(),
                    summary.owner().toString(),
                    summary.title(),
                    summary.liveRevision(),
                    summary.reviewDue(),
                    summary.openRevision(),
                    summary.openStatus());
        }
    }
}
