package dk.ddh.hotline.calllog.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ddh.hotline.calllog.contact.Contact.Stage;
import dk.ddh.hotline.contracts.membership.LineScope;
import dk.ddh.hotline.support.problem.ConflictException;
import dk.ddh.hotline.support.problem.ForbiddenException;
import dk.ddh.hotline.support.problem.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContactUnitTests {

    private static final Instant OFFERED = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");
    private static final WrapUp RESOLVED = new WrapUp(Outcome.RESOLVED, List.of("MitID"), List.of(), "Hjalp");

    private final Contact call = offeredCall();

    @Test
    void theFirstAnswerCountsAndARepeatChangesNothing() {
        assertThat(call.answer(OFFERED.plusSeconds(42), "agent.greve", "253")).isTrue();

        assertThat(call.answer(OFFERED.plusSeconds(60), "agent.other", "101")).isFalse();
        assertThat(call.stage()).isEqualTo(Stage.ANSWERED);
        assertThat(call.agent()).isEqualTo("agent.greve");
        assertThat(call.agentMemberId()).isEqualTo("253");
        assertThat(call.waitSeconds()).isEqualTo(42);
        assertThat(call.handlingSeconds()).isNull();
    }

    @Test
    void noEventIsDatedBeforeTheOffer() {
        assertThatThrownBy(() -> call.answer(OFFERED.minusSeconds(1), "agent.greve", null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("cannot be answered before it was offered");
        assertThatThrownBy(() -> call.end(OFFERED.minusSeconds(1), NOW))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("cannot be ended before it was offered");
        assertThat(call.stage()).isEqualTo(Stage.OFFERED);
    }

    @Test
    void aCallEndsOnceAndNeverBeforeItsAnswer() {
        call.answer(OFFERED.plusSeconds(30), "agent.greve", "253");

        assertThatThrownBy(() -> call.end(OFFERED.plusSeconds(10), NOW))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("cannot be ended before it was answered");
        assertThat(call.end(OFFERED.plusSeconds(330), NOW)).isTrue();
        assertThat(call.end(OFFERED.plusSeconds(400), NOW)).isFalse();

        assertThat(call.stage()).isEqualTo(Stage.ENDED);
        assertThat(call.handlingSeconds()).isEqualTo(300);
        assertThat(call.wrapUp()).isNull();
    }

    @Test
    void aCallEndedUnansweredIsClosedAsAbandonedAndALateAnswerChangesNothing() {
        assertThat(call.end(OFFERED.plusSeconds(90), NOW)).isTrue();

        assertThat(call.stage()).isEqualTo(Stage.CLOSED);
        assertThat(call.wrapUp().outcome()).isEqualTo(Outcome.ABANDONED);
        assertThat(call.closedAt()).isEqualTo(NOW);
        assertThat(call.answer(OFFERED.plusSeconds(60), "agent.greve", "253")).isFalse();
        assertThat(call.answeredAt()).isNull();
        assertThat(call.agent()).isNull();
    }

    @Test
    void aWrapUpClosesAnEndedContactOnce() {
        call.answer(OFFERED.plusSeconds(30), "agent.greve", "253");
        assertThatThrownBy(() -> call.wrapUp(RESOLVED, "agent.greve", "253", NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("has not ended yet");
        call.end(OFFERED.plusSeconds(330), NOW);

        call.wrapUp(RESOLVED, "agent.greve", "253", NOW);

        assertThat(call.stage()).isEqualTo(Stage.CLOSED);
        assertThat(call.wrapUp()).isEqualTo(RESOLVED);
        assertThatThrownBy(() -> call.wrapUp(RESOLVED, "agent.greve", "253", NOW.plusSeconds(1)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("wrapped up already");
        assertThat(call.closedAt()).isEqualTo(NOW);
    }

    @Test
    void onlyItsAgentEndsOrWrapsUpAContact() {
        call.answer(OFFERED.plusSeconds(30), "agent.greve", "253");

        assertThatThrownBy(() -> call.endBy("agent.other", NOW)).isInstanceOf(ForbiddenException.class);
        call.endBy("agent.greve", NOW);
        assertThatThrownBy(() -> call.wrapUp(RESOLVED, "agent.other", "101", NOW))
                .isInstanceOf(ForbiddenException.class);
        assertThat(call.stage()).isEqualTo(Stage.ENDED);
    }

    @Test
    void aContactNoAgentHasTakenIsTakenByWhoeverWrapsItUp() {
        call.answer(OFFERED.plusSeconds(30), null, null);
        call.end(OFFERED.plusSeconds(90), NOW);

        call.wrapUp(RESOLVED, "agent.greve", "253", NOW);

        assertThat(call.agent()).isEqualTo("agent.greve");
        assertThat(call.agentMemberId()).isEqualTo("253");
    }

    @Test
    void aQueuedCallAnAgentEndsIsClosedAsAbandoned() {
        assertThat(call.endBy("agent.greve", NOW)).isTrue();

        assertThat(call.wrapUp().outcome()).isEqualTo(Outcome.ABANDONED);
        assertThat(call.endedAt()).isEqualTo(NOW);
    }

    @Test
    void anAgentEndsAContactNeverBeforeItWasAnswered() {
        Instant answered = NOW.plusSeconds(5); // the phone platform's clock is ahead of ours
        call.answer(answered, "agent.greve", "253");

        call.endBy("agent.greve", NOW);

        assertThat(call.endedAt()).isEqualTo(answered);
        assertThat(call.handlingSeconds()).isZero();
    }

    @Test
    void aContactWithoutTelephonyIsAnsweredByItsAgentAtOnce() {
        Contact chat = Contact.startedBy(UUID.randomUUID(), Channel.CHAT, "253", "agent.greve", "253", NOW);

        assertThat(chat.stage()).isEqualTo(Stage.ANSWERED);
        assertThat(chat.waitSeconds()).isZero();
        assertThat(chat.callId()).isNull();
        assertThat(chat.endBy("agent.greve", NOW.plusSeconds(120))).isTrue();
        assertThat(chat.endBy("agent.greve", NOW.plusSeconds(180))).isFalse();
        assertThat(chat.handlingSeconds()).isEqualTo(120);
    }

    private static Contact offeredCall() {
        return new Contact(
                UUID.randomUUID(),
                "pbx-1",
                Channel.PHONE,
                false,
                OFFERED,
                "+4570101253",
                "253",
                LineScope.GENERAL,
                false,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
