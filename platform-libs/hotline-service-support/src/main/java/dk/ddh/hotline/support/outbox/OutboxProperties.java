package dk.ddh.hotline.support.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the outbox relay works.
 *
 * @param pollInterval how often the relay looks for unpublished events
 * @param batchSize how many events one relay round publishes at most
 * @param confirmTimeout how long to wait for the broker's publisher confirm
 * @param firstBackoff the wait after a failed publication, doubled after each further failure
 * @param maxBackoff the longest wait between two attempts
 * @param retention how long published events are kept for diagnosis
 */
@ConfigurationProperties("hotline.outbox")
public record OutboxProperties(
        Duration pollInterval,
        Integer batchSize,
        Duration confirmTimeout,
        Duration firstBackoff,
        Duration maxBackoff,
        Duration retention) {

    public OutboxProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
        batchSize = batchSize == null ? 100 : batchSize;
        confirmTimeout = confirmTimeout == null ? Duration.ofSeconds(10) : confirmTimeout;
        firstBackoff = firstBackoff == null ? Duration.ofSeconds(1) : firstBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(30) : maxBackoff;
        retention = retention == null ? Duration.ofDays(7) : retention;
    }

    /** The wait before attempt number {@code attempts + 1}. */
    Duration backoff(int attempts) {
        Duration backoff = firstBackoff.multipliedBy(1L << Math.min(attempts - 1, 20));
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }
}
