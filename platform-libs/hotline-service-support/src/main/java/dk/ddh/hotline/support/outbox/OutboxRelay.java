package dk.ddh.hotline.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageBuilderSupport;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the outbox's events in order, each confirmed by the broker before it is marked published. A failed
 * publication stops the round; the event is retried after a growing backoff, so a broker outage delays events but
 * loses none. Several instances may relay at once: each locks the rows it publishes ({@code SKIP LOCKED}).
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /**
     * The body is a CloudEvents JSON envelope, labelled plain JSON: Spring Cloud Function turns messages labelled {@code
     * application/cloudevents+json} into binary-mode events and hands consumers only the data (see ADR 0003).
     */
    private static final String CONTENT_TYPE = "application/json";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final RabbitTemplate rabbit;
    private final AmqpAdmin admin;
    private final OutboxProperties properties;
    private final Counter published;
    private final Counter failed;
    private final Set<String> declaredExchanges = new HashSet<>();

    OutboxRelay(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            RabbitTemplate rabbit,
            AmqpAdmin admin,
            OutboxProperties properties,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.rabbit = rabbit;
        this.admin = admin;
        this.properties = properties;
        this.published = meters.counter("hotline.outbox.published");
        this.failed = meters.counter("hotline.outbox.failed");
    }

    @Scheduled(fixedDelayString = "${hotline.outbox.poll-interval:200ms}")
    public void relay() {
        Integer count;
        do {
            count = transaction.execute(status -> relayBatch());
        } while (count != null && count == properties.batchSize());
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    public void removePublished() {
        int removed = jdbc.sql("delete from hotline_outbox where published_at < :before")
                .param("before", Timestamp.from(Instant.now().minus(properties.retention())))
                .update();
        log.debug("Removed {} published outbox events", removed);
    }

    /** Publishes pending events in order until one fails or waits for its retry; returns how many were published. */
    private int relayBatch() {
        List<PendingEvent> pending = jdbc.sql("""
                        select seq, event_id, exchange, routing_key, payload, traceparent, attempts,
                               next_attempt_at <= now() as due
                        from hotline_outbox
                        where published_at is null
                        order by seq
                        limit :limit
                        for update skip locked""")
                .param("limit", properties.batchSize())
                .query(PendingEvent.class)
                .list();
        int count = 0;
        for (PendingEvent event : pending) {
            if (!event.due()) {
                break; // an earlier event waits for its retry: later ones wait behind it, so order holds
            }
            try {
                publish(event);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                postpone(event, e);
                break;
            }
            jdbc.sql("update hotline_outbox set published_at = now(), last_error = null where seq = :seq")
                    .param("seq", event.seq())
                    .update();
            published.increment();
            count++;
        }
        return count;
    }

    private void publish(PendingEvent event) throws Exception {
        declare(event.exchange());
        MessageBuilderSupport<Message> message = MessageBuilder.withBody(
                        event.payload().getBytes(StandardCharsets.UTF_8))
                .setContentType(CONTENT_TYPE)
                .setMessageId(event.eventId())
                .setType(event.routingKey())
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        if (event.traceparent() != null) {
            message.setHeader("traceparent", event.traceparent());
        }
        Message built = message.build();
        CorrelationData correlation = new CorrelationData(event.eventId());
        rabbit.send(event.exchange(), event.routingKey(), built, correlation);
        CorrelationData.Confirm confirm =
                correlation.getFuture().get(properties.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS);
        if (!confirm.ack()) {
            throw new IllegalStateException("Broker refused the event: " + confirm.reason());
        }
    }

    private void declare(String exchange) {
        if (!declaredExchanges.contains(exchange)) {
            admin.declareExchange(new TopicExchange(exchange, true, false));
            declaredExchanges.add(exchange);
        }
    }

    private void postpone(PendingEvent event, Exception cause) {
        int attempts = event.attempts() + 1;
        failed.increment();
        declaredExchanges.clear();
        log.warn(
                "Could not publish event {} (attempt {}), will retry: {}", event.eventId(), attempts, cause.toString());
        jdbc.sql("""
                        update hotline_outbox
                        set attempts = :attempts, last_error = :error, next_attempt_at = :next
                        where seq = :seq""")
                .param("attempts", attempts)
                .param("error", cause.toString())
                .param("next", Timestamp.from(Instant.now().plus(properties.backoff(attempts))))
                .param("seq", event.seq())
                .update();
    }

    record PendingEvent(
            long seq,
            String eventId,
            String exchange,
            String routingKey,
            String payload,
            String traceparent,
            int attempts,
            boolean due) {}
}
