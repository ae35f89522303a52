package dk.ddh.hotline.calllog.contact;

import dk.ddh.hotline.contracts.membership.LineScope;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A contact as the API shows it: times, wait and handling time in seconds, the wrap-up; never the caller's number or
 * its hash. The citizen's member comes from the dialled line; {@code unknownNumber} marks a number no line has; {@code
 * repeatCaller} says the same caller had another contact within the repeat-call window before this one.
 */
@Schema(name = "Contact")
record ContactResponse(
        UUID contactId,
        String callId,
        Channel channel,
        String dialledNumber,
        String memberId,
        LineScope lineScope,
        boolean unknownNumber,
        boolean repeatCaller,
        String agent,
        String agentMemberId,
        Instant offeredAt,
        Instant answeredAt,
        Instant endedAt,
        Outcome outcome,
        List<String> systems,
        List<String> guideIds,
        String notes,
        Instant closedAt,
        Long handlingSeconds,
        Long waitSeconds) {

    static ContactResponse of(Contact contact) {
        WrapUp wrapUp = contact.wrapUp();
        return new ContactResponse(
                contact.id(),
                contact.callId(),
                contact.channel(),
                contact.dialledNumber(),
                contact.memberId(),
                contact.lineScope(),
                contact.unknownNumber(),
                contact.repeatCaller(),
                contact.agent(),
                contact.agentMemberId(),
                contact.offeredAt(),
                contact.answeredAt(),
                contact.endedAt(),
                wrapUp == null ? null : wrapUp.outcome(),
                wrapUp == null ? List.of() : wrapUp.systems(),
                wrapUp == null ? List.of() : wrapUp.guideIds(),
                wrapUp == null ? null : wrapUp.notes(),
                contact.closedAt(),
                contact.handlingSeconds(),
                contact.waitSeconds());
    }
}
