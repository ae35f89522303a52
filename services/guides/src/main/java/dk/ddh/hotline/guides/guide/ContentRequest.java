package dk.ddh.hotline.guides.guide;

import dk.ddh.hotline.guides.guide.Resolution.Outcome;
import dk.ddh.hotline.support.cpr.NoCpr;
import dk.ddh.hotline.support.member.MemberCode;
import dk.ddh.hotline.support.problem.InvalidRequestException;
import dk.ddh.hotline.support.text.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A new guide (owner required) or a new revision of one (owner ignored; basedOn optional). Guides never carry a CPR
 * number.
 */
record ContentRequest(
        @Pattern(regexp = "common|" + MemberCode.PATTERN, message = "must be 'common' or a member code")
        String owner,

        @Min(1) Integer basedOn,
        @NotBlank @Size(max = 200) @SingleLine @NoCpr String title,
        @NotBlank @Size(max = 100_000) @NoCpr String body,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 60) @SingleLine String> systems,
        @NotNull Audience audience,
        @Size(max = 50) List<@Valid @NotNull ResolutionRequest> resolutions) {

    /** @throws InvalidRequestException {@code owner-required} for a new guide without owner */
    Owner requireOwner() {
        if (owner == null) {
            throw new InvalidRequestException(
                    "owner-required", "A new guide needs an owner: 'common' or a member code", Map.of());
        }
        return Owner.parse(owner);
    }

    GuideContent toContent() {
        List<Resolution> boundary = resolutions == null
                ? List.of()
                : resolutions.stream().map(ResolutionRequest::toResolution).toList();
        return new GuideContent(title, body, systems, audience, boundary);
    }

    record ResolutionRequest(
            @NotBlank @Size(max = 100) @SingleLine String inquiryType,
            @NotNull Outcome outcome,
            @Size(max = 100) @SingleLine String target) {

        Resolution toResolution() {
            return new Resolution(inquiryType.strip(), outcome, target);
        }
    }
}
