package dk.ddh.hotline.membership.line;

import dk.ddh.hotline.contracts.membership.LineScope;
import dk.ddh.hotline.membership.member.MemberAccess;
import dk.ddh.hotline.support.phone.DialableNumber;
import dk.ddh.hotline.support.phone.PhoneNumber;
import dk.ddh.hotline.support.problem.InvalidRequestException;
import dk.ddh.hotline.support.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/membership/v1")
@Tag(name = "Lines", description = "Hotline numbers: which member and scope a dialled number reaches")
class LineController {

    private static final String MANAGERS = "hasAnyRole('MEMBER_ADMIN','REGION_ADMIN','DDH_ADMIN')";
    private static final String READERS = "hasAnyRole('AGENT','SUPERVISOR','MEMBER_ADMIN','REGION_ADMIN','DDH_ADMIN')";

    private final LineService lines;
    private final MemberAccess access;

    LineController(LineService lines, MemberAccess access) {
        this.lines = lines;
        this.access = access;
    }

    @PostMapping("/members/{memberId}/lines")
    @PreAuthorize(MANAGERS)
    @Operation(
            operationId = "registerLine",
            summary = "Give a member a line.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            examples =
                                                    @ExampleObject(
                                                            name = "general",
                                                            summary = "A Danish number for the general line",
                                                            value =
                                                                    "{\"number\": \"70 20 30 40\", \"scope\": \"GENERAL\"}"))))
    @ApiResponse(responseCode = "201", description = "Created; `Location` names it", useReturnTypeSchema = true)
    public ResponseEntity<LineResponse> register(
            @PathVariable String memberId, @Valid @RequestBody LineRequest request) {
        access.checkManage(memberId);
        HotlineLine line = lines.register(memberId, request.phoneNumber(), request.scope());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/membership/v1/lines/{id}")
                .buildAndExpand(line.id())
                .toUri();
        return ResponseEntity.created(location).body(LineResponse.of(line));
    }

    @GetMapping("/members/{memberId}/lines")
    @PreAuthorize(READERS)
    @Operation(operationId = "linesOfMember", summary = "A member's lines, by number, a page at a time")
    public PageResponse<LineResponse> ofMember(
            @PathVariable String memberId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        access.checkRead(memberId);
        return lines.ofMember(memberId, page, size).map(LineResponse::of);
    }

    @GetMapping("/lines/{lineId}")
    @PreAuthorize(READERS)
    @Operation(operationId = "getLine", summary = "Read a line")
    public LineResponse get(@PathVariable UUID lineId) {
        HotlineLine line = lines.get(lineId);
        access.checkRead(line.memberId());
        return LineResponse.of(line);
    }

    @GetMapping("/lines/by-number/{number}")
    @PreAuthorize("hasAnyRole('PARTNER','AGENT','SUPERVISOR','MEMBER_ADMIN','REGION_ADMIN','DDH_ADMIN')")
    @Operation(
            summary = "The line a dialled number reaches",
            description = "For the telephony system: any Danish or E.164 spelling of the number, e.g. 70701234,"
                    + " +4570701234 or 0045 7070 1234.")
    public LineResponse byNumber(
            @Parameter(description = "The dialled number, in any Danish or E.164 spelling", example = "+4570101085")
                    @PathVariable
                    String number) {
        PhoneNumber parsed = PhoneNumber.parse(number)
                .orElseThrow(() -> new InvalidRequestException(
                        "invalid-phone-number",
                        "Not a phone number: " + number,
                        InvalidRequestException.fieldError("number", "must be a phone number")));
        return LineResponse.of(lines.byNumber(parsed));
    }

    @PutMapping("/lines/{lineId}")
    @PreAuthorize(MANAGERS)
    @Operation(operationId = "changeLine", summary = "Change a line's number or scope")
    public LineResponse change(@PathVariable UUID lineId, @Valid @RequestBody LineRequest request) {
        access.checkManage(lines.get(lineId).memberId());
        return LineResponse.of(lines.change(lineId, request.phoneNumber(), request.scope()));
    }

    @DeleteMapping("/lines/{lineId}")
    @PreAuthorize(MANAGERS)
    @Operation(operationId = "removeLine", summary = "Remove a line; its number becomes free")
    @ApiResponse(responseCode = "204", description = "Removed")
    public ResponseEntity<Void> remove(@PathVariable UUID lineId) {
        access.checkManage(lines.get(lineId).memberId());
        lines.remove(lineId);
        return ResponseEntity.noContent().build();
    }

    record LineRequest(
            @NotBlank @DialableNumber String number,
            @NotNull LineScope scope) {

        PhoneNumber phoneNumber() {
            return PhoneNumber.parse(number).orElseThrow();
        }
    }

    record LineResponse(String lineId, String number, LineScope scope, String memberId) {

        static LineResponse of(HotlineLine line) {
            return new LineResponse(line.id().toString(), line.number().e164(), line.scope(), line.memberId());
        }
    }
}
