package dk.ddh.hotline.gateway.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client token bucket: a client may burst up to {@code requestsPerPeriod} requests, and tokens come back evenly
 * over {@code period}. Held in memory per gateway replica.
 *
 * @param requestsPerPeriod bucket capacity and refill per period
 * @param period the refill period
 * @param maxClients how many clients' buckets are kept; idle ones are dropped first
 */
@ConfigurationProperties("hotline.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue("100") long requestsPerPeriod,
        @DefaultValue("10s") Duration period,
        @DefaultValue("100000") long maxClients) {}
