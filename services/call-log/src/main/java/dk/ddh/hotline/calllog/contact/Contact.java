package dk.ddh.hotline.calllog.contact;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One call or chat, as the API shows it too: times, derived wait and handling time, the wrap-up; never the caller's
 * number. The citizen's member comes from the dialled line; {@code unknownNumber} marks a number no line has; {@code
 * repeatCaller} says the same caller had another contact within the repeat-call window before this one.
 */
public record Contact(
        @JsonProperty("contactId") UUID id,
        String callId,
        Channel channel,
        String dialledNumber,
        String memberId,
        String lineScope,
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
        Instant closedAt) {

    @JsonProperty
    public Long waitSeconds() {
        return answeredAt == null
                ? null
                : Duration.between(offeredAt, answeredAt).toSeconds();
    }

    @JsonProperty
    public Long handlingSeconds() {
        return answeredAt == null || endedAt == null
                ? null
                : Duration.between(answeredAt, endedAt).toSeconds();
    }

    boolean closed() {
        return closedAt != null;
    }
}
