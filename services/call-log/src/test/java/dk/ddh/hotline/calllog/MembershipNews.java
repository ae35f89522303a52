package dk.ddh.hotline.calllog;

import dk.ddh.hotline.contracts.EventType;
import dk.ddh.hotline.contracts.Exchanges;
import dk.ddh.hotline.contracts.membership.AgentRegistered;
import dk.ddh.hotline.contracts.membership.AgentSnapshot;
import dk.ddh.hotline.contracts.membership.LineRegistered;
import dk.ddh.hotline.contracts.membership.LineScope;
import dk.ddh.hotline.contracts.membership.LineSnapshot;
import dk.ddh.hotline.contracts.membership.MemberKind;
import dk.ddh.hotline.contracts.membership.MemberRegistered;
import dk.ddh.hotline.contracts.membership.MemberSnapshot;
import dk.ddh.hotline.contracts.membership.MemberStatus;
import dk.ddh.hotline.contracts.membership.MembershipEvents;
import dk.ddh.hotline.contracts.membership.Payer;
import dk.ddh.hotline.test.FakeProducer;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/** Membership's events about lines, members and agents, published as the membership service would ({@link FakeProducer}). */
public record MembershipNews(RabbitTemplate rabbit) {

    public void line(String lineId, String number, LineScope scope, String memberId) {
        publish(
                MembershipEvents.LINE_REGISTERED,
                lineId,
                new LineRegistered(new LineSnapshot(lineId, number, scope, memberId)));
    }

    public void member(String memberId, String name) {
        publish(
                MembershipEvents.MEMBER_REGISTERED,
                memberId,
                new MemberRegistered(new MemberSnapshot(
                        memberId,
                        name,
                        MemberKind.MUNICIPALITY,
                        MemberStatus.ACTIVE,
                        null,
                        null,
                        Payer.SELF,
                        null,
                        1,
                        BigDecimal.TEN)));
    }

    /** A municipality whose usage the region pays from {@code pilotStart} to {@code pilotEnd}. */
    public void pilotMember(String memberId, String name, LocalDate pilotStart, LocalDate pilotEnd) {
        publish(
                MembershipEvents.MEMBER_REGISTERED,
                memberId,
                new MemberRegistered(new MemberSnapshot(
                        memberId,
                        name,
                        MemberKind.MUNICIPALITY,
                        MemberStatus.ACTIVE,
                        pilotStart,
                        pilotEnd,
                        Payer.SPONSOR,
                        "1085",
                        1,
                        BigDecimal.TEN)));
    }

    public void agent(String agentId, String memberId) {
        publish(
                MembershipEvents.AGENT_REGISTERED,
                agentId,
                new AgentRegistered(new AgentSnapshot(agentId, memberId, agentId, agentId + "@example.dk", true)));
    }

    private <T> void publish(EventType<T> type, String subject, T data) {
        new FakeProducer(rabbit, Exchanges.MEMBERSHIP, MembershipEvents.SOURCE).publish(type, subject, data);
    }
}
