package dk.ddh.hotline.guides.member;

import dk.ddh.hotline.contracts.membership.MemberSnapshot;
import dk.ddh.hotline.support.messaging.EventReader;
import dk.ddh.hotline.support.messaging.MemberEvents;
import dk.ddh.hotline.support.messaging.ProcessedEvents;
import java.util.function.Consumer;
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
            MemberEvents.read(reader, type, message.getPayload())
                    .ifPresentOrElse(
                            event -> {
                                MemberSnapshot member = event.data();
                                processed.applyOnce(
                                        CONSUMER,
                                        event.id(),
                                        () -> members.remember(
                                                new KnownMember(
                                                        member.memberId(),
                                                        member.name(),
                                                        member.kind(),
                                                        member.status()),
                                                event.time().toInstant()));
                            },
                            () -> log.debug("Ignoring event of type {}", type));
        };
    }
}
