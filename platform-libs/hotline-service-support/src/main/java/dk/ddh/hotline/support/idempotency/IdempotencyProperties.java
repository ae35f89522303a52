package dk.ddh.hotline.support.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a write's response is kept for retries with the same {@code Idempotency-Key}.
 *
 * @param retention after this the key may be used again, for a new write
 */
@ConfigurationProperties("hotline.idempotency")
public record IdempotencyProperties(@DefaultValue("24h") Duration retention) {}
