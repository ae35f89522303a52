package dk.ddh.hotline.contracts.calllog;

import dk.ddh.hotline.contracts.membership.LineScope;
import java.time.Instant;

/**
 * An agent answered a call reported by the phone platform: what the agent's console shows beside the call. Carries no
 * citizen's data: never the caller's number or its hash, only whether the same caller called recently.
 *
 * @param agent the answering agent's subject (the {@code sub} of the agent's tokens)
 * @param agentMemberId the member the agent works for, absent when unknown
 * @param memberId the member whose citizen called (from the dialled line), absent for an unknown number
 * @param lineScope the dialled line's scope, absent for an unknown number
 * @param dialledNumber the dialled line's number in E.164
 * @param repeatCaller the same caller had another contact within the repeat-call window before this one
 */
public record ContactAnswered(
        String contactId,
        String callId,
        String agent,
        String agentMemberId,
        String memberId,
        LineScope lineScope,
        String dialledNumber,
        Instant offeredAt,
        Instant answeredAt,
        boolean repeatCaller) {}
