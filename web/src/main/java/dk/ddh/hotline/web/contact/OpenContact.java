package dk.ddh.hotline.web.contact;

import dk.ddh.hotline.contracts.membership.LineScope;
import java.time.Instant;
import java.util.List;

/** A contact as call-log shows it, with what the console uses of it. */
public record OpenContact(
        String contactId,
        String callId,
        String channel,
        String dialledNumber,
        String memberId,
        LineScope lineScope,
        boolean unknownNumber,
        String agent,
        Instant offeredAt,
        Instant answeredAt,
        Instant endedAt,
        String outcome,
        List<String> guideIds,
        Instant closedAt,
        boolean repeatCaller) {}
