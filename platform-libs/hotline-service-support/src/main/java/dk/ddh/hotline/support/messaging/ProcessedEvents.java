package dk.ddh.hotline.support.messaging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Idempotent consumers: RabbitMQ delivers at least once, so a consumer records each event id it applied, in the same
 * transaction as the effect, and skips an event it has already applied.
 */
public class ProcessedEvents {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ProcessedEvents(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Runs the effect unless this consumer has applied the event before.
     *
     * @return whether the effect ran
     */
    public boolean applyOnce(String consumer, String eventId, Runnable effect) {
        Boolean applied = transaction.execute(status -> {
            int recorded = jdbc.sql("""
                            insert into hotline_processed_event (consumer, event_id) values (:consumer, :eventId)
                            on conflict do nothing""")
                    .param("consumer", consumer)
                    .param("eventId", eventId)
                    .update();
            if (recorded == 0) {
                return false;
            }
            effect.run();
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }
}
