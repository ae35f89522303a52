package dk.ddh.hotline.calllog.contact;

import dk.ddh.hotline.contracts.membership.LineScope;
import dk.ddh.hotline.support.problem.ConflictException;
import dk.ddh.hotline.support.problem.ForbiddenException;
import dk.ddh.hotline.support.problem.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One call or chat and where it stands in its life: offered → answered → ended → closed (wrapped up by its agent, or
 * abandoned when it ended unanswered). What may change when:
 *
 * <ul>
 *   <li>the first answer counts; an answer after the end changes nothing (the call was abandoned);
 *   <li>the first end counts, never before the answer; a call that ends unanswered is closed as {@code ABANDONED};
 *   <li>a wrap-up closes an ended contact once, by its agent (anyone answering for a contact no agent has taken);
 *   <li>no event is dated before the offer.
 * </ul>
 *
 * Migrations V2 and V7 hold the same rules as constraints. The caller's number is not part of it, only whether the
 * caller called within the repeat-call window before ({@code repeatCaller}).
 */
final class Contact {

    private static final WrapUp ABANDONED = new WrapUp(Outcome.ABANDONED, List.of(), List.of(), null);

    // Fixed when the contact is offered (or started by an agent) ...
    private final UUID id;
    private final String callId;
    private final Channel channel;
    private final boolean repeatCaller;
    private final Instant offeredAt;
    private final String dialledNumber;
    private final String memberId;
    private final LineScope lineScope;
    private final boolean unknownNumber;
    // ... and changed over its life.
    private String agent;
    private String agentMemberId;
    private Instant answeredAt;
    private Instant endedAt;
    private WrapUp wrapUp;
    private Instant closedAt;

    /** Where a contact stands; each follows the one before. */
    enum Stage {
        OFFERED,
        ANSWERED,
        ENDED,
        CLOSED
    }

    Contact(
            UUID id,
            String callId,
            Channel channel,
            boolean repeatCaller,
            Instant offeredAt,
            String dialledNumber,
            String memberId,
            LineScope lineScope,
            boolean unknownNumber,
            String agent,
            String agentMemberId,
            Instant answeredAt,
            Instant endedAt,
            WrapUp wrapUp,
            Instant closedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.callId = callId;
        this.channel = Objects.requireNonNull(channel, "channel");
        this.repeatCaller = repeatCaller;
        this.offeredAt = Objects.requireNonNull(offeredAt, "offeredAt");
        this.dialledNumber = dialledNumber;
        this.memberId = memberId;
        this.lineScope = lineScope;
        this.unknownNumber = unknownNumber;
        this.agent = agent;
        this.agentMemberId = agentMemberId;
        this.answeredAt = answeredAt;
        this.endedAt = endedAt;
        this.wrapUp = wrapUp;
        this.closedAt = closedAt;
    }

    /** A contact an agent records without telephony (a chat, or a call without CTI): answered by the agent now. */
    static Contact startedBy(
            UUID id, Channel channel, String memberId, String agent, String agentMemberId, Instant now) {
        return new Contact(
                id,
                null,
                channel,
                false,
                now,
                null,
                memberId,
                null,
                false,
                agent,
                agentMemberId,
                now,
                null,
                null,
                null);
    }

    Stage stage() {
        if (closedAt != null) {
            return Stage.CLOSED;
        }
        if (endedAt != null) {
            return Stage.ENDED;
        }
        return answeredAt != null ? Stage.ANSWERED : Stage.OFFERED;
    }

    /**
     * The phone platform's answer by {@code by} (of {@code byMemberId}, if known). True when this answered the
     * contact; false for a repeat or an answer after the end, which change nothing.
     */
    boolean answer(Instant at, String by, String byMemberId) {
        requireNotBefore(offeredAt, at, "answered", "offered");
        if (stage() != Stage.OFFERED) {
            return false;
        }
        answeredAt = at;
        agent = by;
        agentMemberId = byMemberId;
        return true;
    }

    /**
     * The phone platform's end of the call; true when this ended it, false for a repeat. A call that ends unanswered
     * was abandoned in the queue: it is closed at {@code now}.
     */
    boolean end(Instant at, Instant now) {
        requireNotBefore(offeredAt, at, "ended", "offered");
        if (endedAt != null) {
            return false;
        }
        if (answeredAt != null) {
            requireNotBefore(answeredAt, at, "ended", "answered");
        }
        endAt(at, now);
        return true;
    }

    /**
     * The agent ends the contact now, or when it was answered if the phone platform's clock is ahead; true when this
     * ended it. An unanswered call it ends (a queued call) is closed as abandoned.
     */
    boolean endBy(String by, Instant now) {
        requireItsAgent(by);
        if (endedAt != null) {
            return false;
        }
        Instant start = answeredAt != null ? answeredAt : offeredAt;
        endAt(now.isBefore(start) ? start : now, now);
        return true;
    }

    /**
     * Closes the ended contact with the agent's wrap-up; the agent takes a contact no agent has taken yet. Once only,
     * and only by its agent.
     */
    void wrapUp(WrapUp wrapUp, String by, String byMemberId, Instant now) {
        requireItsAgent(by);
        if (closedAt != null) {
            throw new ConflictException(
                    "contact-closed", "Contact " + id + " is wrapped up already", Map.of("contactId", id));
        }
        if (endedAt == null) {
            throw new ConflictException(
                    "contact-not-ended", "Contact " + id + " has not ended yet", Map.of("contactId", id));
        }
        if (agent == null) {
            agent = by;
        }
        if (agentMemberId == null) {
            agentMemberId = byMemberId;
        }
        close(wrapUp, now);
    }

    private void endAt(Instant at, Instant now) {
        endedAt = at;
        if (answeredAt == null) {
            close(ABANDONED, now);
        }
    }

    private void close(WrapUp with, Instant now) {
        wrapUp = with;
        closedAt = now;
    }

    /** A contact no agent has taken yet (a queued call) may be changed by whoever answers for it. */
    private void requireItsAgent(String by) {
        if (agent != null && !agent.equals(by)) {
            throw new ForbiddenException("Only the agent who handled the contact may change it");
        }
    }

    private static void requireNotBefore(Instant earliest, Instant at, String happened, String before) {
        if (at.isBefore(earliest)) {
            throw new InvalidRequestException(
                    "validation-failed",
                    "The call cannot be " + happened + " before it was " + before,
                    InvalidRequestException.fieldError("at", "must not be before " + earliest));
        }
    }

    /** Seconds from the offer to the answer; null while unanswered. */
    Long waitSeconds() {
        return answeredAt == null
                ? null
                : Duration.between(offeredAt, answeredAt).toSeconds();
    }

    /** Seconds from the answer to the end; null until both happened. */
    Long handlingSeconds() {
        return answeredAt == null || endedAt == null
                ? null
                : Duration.between(answeredAt, endedAt).toSeconds();
    }

    UUID id() {
        return id;
    }

    String callId() {
        return callId;
    }

    Channel channel() {
        return channel;
    }

    String dialledNumber() {
        return dialledNumber;
    }

    String memberId() {
        return memberId;
    }

    LineScope lineScope() {
        return lineScope;
    }

    boolean unknownNumber() {
        return unknownNumber;
    }

    boolean repeatCaller() {
        return repeatCaller;
    }

    String agent() {
        return agent;
    }

    String agentMemberId() {
        return agentMemberId;
    }

    Instant offeredAt() {
        return offeredAt;
    }

    Instant answeredAt() {
        return answeredAt;
    }

    Instant endedAt() {
        return endedAt;
    }

    /** The wrap-up once closed (an abandoned call's says so); null before. */
    WrapUp wrapUp() {
        return wrapUp;
    }

    Instant closedAt() {
        return closedAt;
    }
}
