package dk.ddh.hotline.web.call;

import dk.ddh.hotline.contracts.EventEnvelope;
import dk.ddh.hotline.contracts.calllog.CallLogEvents;
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
        return message -> events.read(message.getPayload(), CallLogEvents.CONTACT_ANSWERED)
                .map(EventEnvelope::data)
                .filter(answered -> answered.agent() != null)
                .ifPresent(answered -> channels.send(answered.agent(), cards.render(CallCard.of(answered, members))));
    }
}
