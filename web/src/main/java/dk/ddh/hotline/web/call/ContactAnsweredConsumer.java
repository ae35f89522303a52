package dk.ddh.hotline.web.call;

import dk.ddh.hotline.contracts.calllog.CallLogEvents;
import dk.ddh.hotline.contracts.calllog.ContactAnswered;
import dk.ddh.hotline.support.messaging.EventReader;
import dk.ddh.hotline.web.contact.CallCard;
import dk.ddh.hotline.web.contact.MemberNames;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Call-log's {@code contact.answered} events, on this replica's own queue (every replica gets every event), sent to
 * the answering agent's open tabs.
 */
@Configuration(proxyBeanMethods = false)
class ContactAnsweredConsumer {

    @Bean
    Consumer<Message<byte[]>> callEvents(
            EventReader events, AgentChannels channels, CallCards cards, MemberNames members) {
        return message -> {
            var event = events.read(message.getPayload(), ContactAnswered.class);
            if (!CallLogEvents.CONTACT_ANSWERED.name().equals(event.type())
                    || event.data().agent() == null) {
                return;
            }
            ContactAnswered answered = event.data();
            channels.send(answered.agent(), cards.render(CallCard.of(answered, members)));
        };
    }
}
