package dk.ddh.hotline.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

/**
 * One token bucket per client key, sized by the client's own limit where it has one. A bucket idle for a whole period
 * is full again, so dropping it then loses nothing; the size bound keeps a flood of distinct addresses from exhausting
 * memory.
 */
@Component
class ClientBuckets {

    private final RateLimitProperties limits;
    private final Cache<String, Bucket> buckets;

    ClientBuckets(RateLimitProperties limits) {
        this.limits = limits;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(limits.longestPeriod())
                .maximumSize(limits.maxClients())
                .build();
    }

    ConsumptionProbe tryConsume(ClientKey client) {
        return buckets.get(client.value(), key -> newBucket(limits.limitFor(client)))
                .tryConsumeAndReturnRemaining(1);
    }

    private static Bucket newBucket(RateLimitProperties.Limit limit) {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth
                        .capacity(limit.requestsPerPeriod())
                        .refillGreedy(limit.requestsPerPeriod(), limit.period()))
                .build();
    }
}
