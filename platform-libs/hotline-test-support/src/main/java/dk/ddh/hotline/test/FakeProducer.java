package dk.ddh.hotline.test;

import dk.ddh.hotline.contracts.EventEnvelope;
import dk.ddh.hotline.contracts.EventType;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Another service's events on the test's broker, sent as that service's outbox sends them: the contracts' envelope as
 * JSON, routed by the event type's wire name, the event id as message id. Feeds an application's read models without
 * running the producer.
 *
 * @param exchange the producer's exchange, e.g. {@code Exchanges.MEMBERSHIP}
 * @param source the producer's CloudEvents source, e.g. {@code MembershipEvents.SOURCE}
 */
public record FakeProducer(RabbitTemplate rabbit, String exchange, String source) {

    /** A new event about {@code subject}, dated now; returns what was sent. */
    public <T> EventEnvelope<T> publish(EventType<T> type, String subject, T data) {
        return publish(EventEnvelope.of(source, type, subject, data));
    }

    /** An envelope as it is: one sent before again, or a state dated earlier than the last. */
    public <T> EventEnvelope<T> publish(EventEnvelope<T> event) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType("application/json");
        properties.setMessageId(event.id());
        rabbit.send(
                exchange,
                event.type(),
                MessageBuilder.withBody(JsonMapper.shared().writeValueAsBytes(event))
                        .andProperties(properties)
                        .build());
        return event;
    }
}
