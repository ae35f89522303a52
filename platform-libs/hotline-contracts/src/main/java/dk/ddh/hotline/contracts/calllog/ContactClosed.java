package dk.ddh.hotline.contracts.calllog;

import dk.ddh.hotline.contracts.membership.LineScope;
import java.time.Instant;
import java.util.List;

/**
 * A finished contact, for forecasting and statistics elsewhere. Carries no personal data: no caller number, no notes.
 *
 * @param memberId the member whose citizen called (from the dialled line), absent for an unknown number
 * @param lineScope the dialled line's scope, absent for an unknown number
 * @param channel {@code PHONE} or {@code CHAT}
 * @param agentMemberId the member the answering agent works for
 * @param waitSeconds time in the queue, absent when the contact was not queued
 * @param handlingSeconds from answer to end, absent when it was never answered
 * @param outcome {@code RESOLVED}, {@code ESCALATED}, {@code TRANSFERRED}, {@code REFERRED} or {@code ABANDONED}
 */
public record ContactClosed(
        String contactId,
        String memberId,
        LineScope lineScope,
        String channel,
        String agentMemberId,
        Instant offeredAt,
        Long waitSeconds,
        Long handlingSeconds,
        String outcome,
        List<String> systems) {}
