package dk.ddh.hotline.membership.member;

import dk.ddh.hotline.contracts.membership.MemberKind;
import dk.ddh.hotline.contracts.membership.MemberStatus;
import dk.ddh.hotline.contracts.membership.Payer;
import dk.ddh.hotline.support.member.MemberCode;
import dk.ddh.hotline.support.text.SingleLine;
import dk.ddh.hotline.support.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/membership/v1/members")
@Tag(name = "Members", description = "Municipalities and the region, their lifecycle and terms")
class MemberController {

    /** Everyone but partner systems reads members; a member admin only its own (see {@link MemberAccess}). */
    static final String READERS = "hasAnyRole('AGENT','SUPERVISOR','MEMBER_ADMIN','REGION_ADMIN','DDH_ADMIN')";

    static final String MEMBER_ADMINS = "hasAnyRole('REGION_ADMIN','DDH_ADMIN')";

    private final MemberService members;
    private final MemberAccess access;

    MemberController(MemberService members, MemberAccess access) {
        this.members = members;
        this.access = access;
    }

    @PostMapping
    @PreAuthorize(MEMBER_ADMINS)
    @Operation(operationId = "registerMember", summary = "Register a member; it starts INVITED.")
    @ApiResponse(responseCode = "201", description = "Created; `Location` names it", useReturnTypeSchema = true)
    public ResponseEntity<MemberResponse> register(@Valid @RequestBody RegisterMemberRequest request) {
        Member member = members.register(request.memberId(), request.name(), request.kind());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(member.id())
                .toUri();
        return ResponseEntity.created(location).body(MemberResponse.of(member));
    }

    /** Member admins read their own member by id; the list spans every member. */
    @GetMapping
    @PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','REGION_ADMIN','DDH_ADMIN')")
    @Operation(operationId = "listMembers", summary = "List members, optionally by status and kind")
    public PageResponse<MemberResponse> list(
            @RequestParam(required = false) MemberStatus status,
            @RequestParam(required = false) MemberKind kind,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        MemberPage found = members.list(status, kind, page, size);
        List<MemberResponse> items =
                found.members().stream().map(MemberResponse::of).toList();
        return new PageResponse<>(items, page, size, found.totalMembers());
    }

    @GetMapping("/{memberId}")
    @PreAuthorize(READERS)
    @Operation(operationId = "getMember", summary = "Read a member")
    public MemberResponse get(@PathVariable String memberId) {
        access.checkRead(memberId);
        return MemberResponse.of(members.get(memberId));
    }

    @PostMapping("/{memberId}/transitions")
    @PreAuthorize(MEMBER_ADMINS)
    @Operation(
            summary = "Move a member along its lifecycle",
            description = "An illegal transition is refused with 409 illegal-status-transition listing the allowed"
                    + " statuses in `allowed`.")
    public MemberResponse transition(@PathVariable String memberId, @Valid @RequestBody TransitionRequest request) {
        return MemberResponse.of(members.changeStatus(memberId, request.to()));
    }

    @PutMapping("/{memberId}/terms")
    @PreAuthorize(MEMBER_ADMINS)
    @Operation(summary = "Replace a member's terms: pilot period, payer, onboarding wave, committed hours")
    public MemberResponse changeTerms(@PathVariable String memberId, @Valid @RequestBody TermsRequest request) {
        return MemberResponse.of(members.changeTerms(memberId, request.toTerms()));
    }

    @GetMapping("/{memberId}/payer")
    @PreAuthorize(READERS)
    @Operation(summary = "Who pays the member's usage on a day (default: today)")
    public PayerResponse payer(
            @PathVariable String memberId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        access.checkRead(memberId);
        PayerOnDay payer = members.payerOn(memberId, on == null ? members.today() : on);
        return new PayerResponse(payer.memberId(), payer.on(), payer.payer(), payer.payingMemberId());
    }

    record RegisterMemberRequest(
            @NotBlank @MemberCode String memberId,

            @NotBlank @Size(max = 200) @SingleLine String name,
            @NotNull MemberKind kind) {}

    record TransitionRequest(@NotNull MemberStatus to) {}

    record TermsRequest(
            LocalDate pilotStart,
            LocalDate pilotEnd,
            @NotNull Payer payer,
            @MemberCode String sponsorId,
            @Positive Integer onboardingWave,

            @NotNull @DecimalMin("0") @Digits(integer = 4, fraction = 2)
            BigDecimal committedHoursPerWeek) {

        MemberTerms toTerms() {
            return new MemberTerms(pilotStart, pilotEnd, payer, sponsorId, onboardingWave, committedHoursPerWeek);
        }
    }

    record MemberResponse(
            String memberId,
            String name,
            MemberKind kind,
            MemberStatus status,
            List<MemberStatus> allowedTransitions,
            LocalDate pilotStart,
            LocalDate pilotEnd,
            Payer payer,
            String sponsorId,
            Integer onboardingWave,
            BigDecimal committedHoursPerWeek) {

        static MemberResponse of(Member member) {
            MemberTerms terms = member.terms();
            return new MemberResponse(
                    member.id(),
                    member.name(),
                    member.kind(),
                    member.status(),
                    List.copyOf(member.status().next()),
                    terms.pilotStart(),
                    terms.pilotEnd(),
                    terms.payer(),
                    terms.sponsorId(),
                    terms.onboardingWave(),
                    terms.committedHoursPerWeek());
        }
    }

    record PayerResponse(String memberId, LocalDate on, Payer payer, String payingMemberId) {}
}
