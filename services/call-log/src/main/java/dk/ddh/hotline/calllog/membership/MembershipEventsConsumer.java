package dk.ddh.hotline.calllog.membership;

import dk.ddh.hotline.contracts.EventEnvelope;
import dk.ddh.hotline.contracts.membership.AgentChanged;
import dk.ddh.hotline.contracts.membership.AgentRegistered;
import dk.ddh.hotline.contracts.membership.AgentSnapshot;
import dk.ddh.hotline.contracts.membership.LineChanged;
import dk.ddh.hotline.contracts.membership.LineRegistered;
import dk.ddh.hotline.contracts.membership.LineRemoved;
import dk.ddh.hotline.contracts.membership.LineSnapshot;
import dk.ddh.hotline.contracts.membership.MemberSnapshot;
import dk.ddh.hotline.contracts.membership.MembershipEvents;
import dk.ddh.hotline.support.messaging.EventReader;
import dk.ddh.hotline.support.messaging.MemberEvents;
import dk.ddh.hotline.support.messaging.ProcessedEvents;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Applies membership's member, line and agent events to the call log's read models, each event once and never an
 * older state over a newer one.
 */
@Configuration
class MembershipEventsConsumer {

    static final String CONSUMER = "call-log.membership";
    private static final Logger log = LoggerFactory.getLogger(MembershipEventsConsumer.class);

    @Bean
    Consumer<Message<byte[]>> membershipEvents(
            EventReader reader, ProcessedEvents processed, KnownMembers members, KnownLines lines, KnownAgents agents) {
        return message -> {
            String type = String.valueOf(message.getHeaders().get(AmqpHeaders.RECEIVED_ROUTING_KEY));
            Optional<Applied> applied = member(reader, type, message.getPayload(), members)
                    .or(() -> line(reader, type, message.getPayload(), lines))
                    .or(() -> agent(reader, type, message.getPayload(), agents));
            applied.ifPresentOrElse(
                    event -> processed.applyOnce(CONSUMER, event.id(), event.change()),
                    () -> log.debug("Ignoring event of type {}", type));
        };
    }

    private static Optional<Applied> member(EventReader reader, String type, byte[] body, KnownMembers members) {
        return MemberEvents.read(reader, type, body).map(event -> {
            MemberSnapshot m = event.data();
            KnownMember member = new KnownMember(
                    m.memberId(),
                    m.name(),
                    m.kind(),
                    m.status(),
                    m.pilotStart(),
                    m.pilotEnd(),
                    m.payer(),
                    m.sponsorId());
            return new Applied(
                    event.id(), () -> members.remember(member, event.time().toInstant()));
        });
    }

    private static Optional<Applied> line(EventReader reader, String type, byte[] body, KnownLines lines) {
        EventEnvelope<LineSnapshot> event;
        if (MembershipEvents.LINE_REGISTERED.name().equals(type)) {
            event = reader.read(body, LineRegistered.class).map(LineRegistered::line);
        } else if (MembershipEvents.LINE_CHANGED.name().equals(type)) {
            event = reader.read(body, LineChanged.class).map(LineChanged::line);
        } else if (MembershipEvents.LINE_REMOVED.name().equals(type)) {
            EventEnvelope<LineSnapshot> removed =
                    reader.read(body, LineRemoved.class).map(LineRemoved::line);
            return Optional.of(new Applied(
                    removed.id(),
                    () -> lines.forget(removed.data().lineId(), removed.time().toInstant())));
        } else {
            return Optional.empty();
        }
        LineSnapshot l = event.data();
        KnownLine line = new KnownLine(l.lineId(), l.number(), l.scope(), l.memberId());
        return Optional.of(
                new Applied(event.id(), () -> lines.remember(line, event.time().toInstant())));
    }

    private static Optional<Applied> agent(EventReader reader, String type, byte[] body, KnownAgents agents) {
        EventEnvelope<AgentSnapshot> event;
        if (MembershipEvents.AGENT_REGISTERED.name().equals(type)) {
            event = reader.read(body, AgentRegistered.class).map(AgentRegistered::agent);
        } else if (MembershipEvents.AGENT_CHANGED.name().equals(type)) {
            event = reader.read(body, AgentChanged.class).map(AgentChanged::agent);
        } else {
            return Optional.empty();
        }
        AgentSnapshot a = event.data();
        return Optional.of(new Applied(
                event.id(),
                () -> agents.remember(
                        a.agentId(), a.memberId(), a.active(), event.time().toInstant())));
    }

    /** An event's id and the change it makes to a read model. */
    private record Applied(String id, Runnable change) {}
}
