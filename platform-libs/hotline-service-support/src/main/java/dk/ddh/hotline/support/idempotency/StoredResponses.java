package dk.ddh.hotline.support.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/** The responses to writes sent with an {@code Idempotency-Key}, kept for the retention period. */
class StoredResponses {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;

    StoredResponses(JdbcClient jdbc, Clock clock, Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /** The response stored for this caller and key, unless it is older than the retention period. */
    Optional<StoredResponse> find(String caller, String key) {
        return jdbc.sql("""
                        select fingerprint, status, content_type, location, body from hotline_idempotent_request
                        where caller = :caller and idempotency_key = :key and created_at > :since""")
                .param("caller", caller)
                .param("key", key)
                .param("since", Timestamp.from(clock.instant().minus(retention)))
                .query(StoredResponse.class)
                .optional();
    }

    /**
     * Claims the key for a write in the current transaction; a concurrent claim of the same key waits for this
     * transaction and then fails.
     *
     * @throws KeyClaimedConcurrently when another request committed the key first
     */
    void claim(String caller, String key, String fingerprint) {
        jdbc.sql("delete from hotline_idempotent_request"
                        + " where caller = :caller and idempotency_key = :key and created_at <= :since")
                .param("caller", caller)
                .param("key", key)
                .param("since", Timestamp.from(clock.instant().minus(retention)))
                .update();
        try {
            jdbc.sql("""
                            insert into hotline_idempotent_request
                                (caller, idempotency_key, fingerprint, status, body, created_at)
                            values (:caller, :key, :fingerprint, 0, '', :now)""")
                    .param("caller", caller)
                    .param("key", key)
                    .param("fingerprint", fingerprint)
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new KeyClaimedConcurrently();
        }
    }

    void complete(String caller, String key, StoredResponse response) {
        jdbc.sql("""
                        update hotline_idempotent_request
                        set status = :status, content_type = :contentType, location = :location, body = :body
                        where caller = :caller and idempotency_key = :key""")
                .param("status", response.status())
                .param("contentType", response.contentType())
                .param("location", response.location())
                .param("body", response.body())
                .param("caller", caller)
                .param("key", key)
                .update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purgeExpired() {
        jdbc.sql("delete from hotline_idempotent_request where created_at <= :since")
                .param("since", Timestamp.from(clock.instant().minus(retention)))
                .update();
    }

    /** Another request with the same key committed first; its response is the one to give. */
    static final class KeyClaimedConcurrently extends RuntimeException {
        KeyClaimedConcurrently() {
            super(null, null, false, false);
        }
    }
}
