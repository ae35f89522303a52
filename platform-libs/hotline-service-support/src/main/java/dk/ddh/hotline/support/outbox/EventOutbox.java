package dk.ddh.hotline.support.outbox;

import dk.ddh.hotline.contracts.EventEnvelope;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records an event in the same database transaction as the change it describes; {@link OutboxRelay} publishes it to
 * RabbitMQ after the commit. Either both the change and the event are stored, or neither: no event is lost when the
 * broker is away, and none is sent for a change that was rolled back.
 */
public class EventOutbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ObjectProvider<Tracer> tracer;

    EventOutbox(JdbcClient jdbc, JsonMapper json, ObjectProvider<Tracer> tracer) {
        this.jdbc = jdbc;
        this.json = json;
        this.tracer = tracer;
    }

    /**
     * Appends the event for publication to the exchange, routed by its type.
     *
     * @throws IllegalStateException outside a transaction: the event must commit with its change
     */
    public void append(String exchange, EventEnvelope<?> event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Events must be appended inside the transaction of their change");
        }
        jdbc.sql("""
                        insert into hotline_outbox (event_id, exchange, routing_key, payload, traceparent)
                        values (:eventId, :exchange, :routingKey, :payload, :traceparent)""")
                .param("eventId", event.id())
                .param("exchange", exchange)
                .param("routingKey", event.type())
                .param("payload", json.writeValueAsString(event))
                .param("traceparent", traceparent())
                .update();
    }

    /** The W3C trace context of the current span, so consumers continue the trace of the change. */
    private String traceparent() {
        Tracer current = tracer.getIfAvailable();
        if (current == null || current.currentSpan() == null) {
            return null;
        }
        TraceContext context = current.currentSpan().context();
        boolean sampled = Boolean.TRUE.equals(context.sampled());
        return "00-" + context.traceId() + "-" + context.spanId() + (sampled ? "-01" : "-00");
    }
}
