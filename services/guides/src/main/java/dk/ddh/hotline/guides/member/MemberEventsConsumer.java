package dk.ddh.hotline.guides.member;

import dk.ddh.hotline.contracts.EventEnvelope;
import dk.ddh.hotline.contracts.membership.MemberRegistered;
import dk.ddh.hotline.contracts.membership.MemberSnapshot;
import dk.ddh.hotline.contracts.membership.MemberStatusChanged;
import dk.ddh.hotline.contracts.membership.MemberTermsChanged;
import dk.ddh.hotline.contracts.membership.MembershipEvents;
import dk.ddh.hotline.support.messaging.EventReader;
import dk.ddh.hotline.support.messaging.ProcessedEvents;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Keeps {@code known_member} in step with membership: every member event carries the member's whole state, which is
 * stored once per event id (redeliveries change nothing) and only when it is newer than what is stored.
 */
@Configuration
class MemberEventsConsumer {

    static final String CONSUMER = "guides.known-members";
    private static final Logger log = LoggerFactory.getLogger(MemberEventsConsumer.class);

    @Bean
    Consumer<Message<byte[]>> memberEvents(EventReader reader, ProcessedEvents processed, KnownMemberService members) {
        return message -> {
            String type = String.valueOf(message.getHeaders().get(AmqpHeaders.RECEIVED_ROUTING_KEY));
            Function<byte[], EventEnvelope<MemberSnapshot>> read = readerFor(type, reader);
            if (read == null) {
                log.debug("Ignoring event of type {}", type);
                return;
            }
            EventEnvelope<MemberSnapshot> event = read.apply(message.getPayload());
            MemberSnapshot member = event.data();
            processed.applyOnce(
                    CONSUMER,
                    event.id(),
                    () -> members.remember(
                            new KnownMember(member.memberId(), member.name(), member.kind(), member.status()),
                            event.time().toInstant()));
        };
    }

    /** How to read the member out of an event of this type, or null for types that carry no member. */
    private static Function<byte[], EventEnvelope<MemberSnapshot>> readerFor(String type, EventReader reader) {
        if (MembershipEvents.MEMBER_REGISTERED.name().equals(type)) {
            return body -> withMember(reader.read(body, MemberRegistered.class), MemberRegistered::member);
        }
        if (MembershipEvents.MEMBER_STATUS_CHANGED.name().equals(type)) {
            return body -> withMember(reader.read(body, MemberStatusChanged.class), MemberStatusChanged::member);
        }
        if (MembershipEvents.MEMBER_TERMS_CHANGED.name().equals(type)) {
            return body -> withMember(reader.read(body, MemberTermsChanged.class), MemberTermsChanged::member);
        }
        return null;
    }

    private static <T> EventEnvelope<MemberSnapshot> withMember(
            EventEnvelope<T> event, Function<T, MemberSnapshot> member) {
        return new EventEnvelope<>(
                event.specversion(),
                event.id(),
                event.source(),
                event.type(),
                event.time(),
                event.subject(),
                event.dataschema(),
                event.datacontenttype(),
                member.apply(event.data()));
    }
}
