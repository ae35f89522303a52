package dk.ddh.hotline.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client token bucket: a client may burst up to {@code requestsPerPeriod} requests, and tokens come back evenly
 * over {@code period}. Held in memory per gateway replica.
 *
 * @param requestsPerPeriod bucket capacity and refill per period
 * @param period the refill period
 * @param maxClients how many clients' buckets are kept; idle ones are dropped first
 * @param clients limits of particular token clients in place of the default, keyed by the client id the bucket is
 *     counted against ({@code azp}, else {@code client_id}, else {@code sub}); anonymous callers always get the default
 */
@ConfigurationProperties("hotline.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue("100") long requestsPerPeriod,
        @DefaultValue("10s") Duration period,
        @DefaultValue("100000") long maxClients,
        Map<String, Limit> clients) {

    public RateLimitProperties {
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    /**
     * One client's own allowance.
     *
     * @param requestsPerPeriod bucket capacity and refill per period
     * @param period the refill period
     */
    public record Limit(
            long requestsPerPeriod, @DefaultValue("10s") Duration period) {

        public Limit {
            if (requestsPerPeriod <= 0 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException(
                        "A client's rate limit needs a positive number of requests and period");
            }
        }
    }

    /** The allowance of the client a request is counted against. */
    Limit limitFor(ClientKey client) {
        return client.clientId().map(clients::get).orElseGet(() -> new Limit(requestsPerPeriod, period));
    }

    /** The longest period of any limit: a bucket idle that long is full again whichever limit it has. */
    Duration longestPeriod() {
        return Stream.concat(Stream.of(period), clients.values().stream().map(Limit::period))
                .max(Duration::compareTo)
                .orElseThrow();
    }
}
