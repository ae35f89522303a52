package dk.ddh.hotline.webrules.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Verifies each distinct token once while it is valid: a client sends the same token with every request until it
 * expires (the phone platform hundreds of times a second), and checking its RSA signature each time was a third of a
 * service's and of the gateway's CPU under load (bench/call-log). A remembered token is used again only before it
 * expires; everything else about it (signature, issuer, audience) cannot change for the same string. Invalid tokens are
 * never remembered. One rule for both web stacks: {@link #around(JwtDecoder)} for the services, {@link
 * #around(ReactiveJwtDecoder)} for the gateway.
 */
public final class VerifiedTokens {

    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public VerifiedTokens(Clock clock, int capacity, Duration keepFor) {
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(capacity)
                .expireAfterWrite(keepFor)
                .build();
    }

    /**
     * Wraps every token decoder bean of the application, servlet or reactive, so that each distinct token is verified
     * once while valid (10,000 tokens, each at most 10 minutes).
     */
    public static BeanPostProcessor forEveryDecoder() {
        VerifiedTokens tokens = new VerifiedTokens(Clock.systemUTC(), 10_000, Duration.ofMinutes(10));
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof Remembering) {
                    return bean;
                }
                if (bean instanceof JwtDecoder decoder) {
                    return tokens.around(decoder);
                }
                if (bean instanceof ReactiveJwtDecoder decoder) {
                    return tokens.around(decoder);
                }
                return bean;
            }
        };
    }

    public JwtDecoder around(JwtDecoder verifier) {
        return new RememberingDecoder(this, verifier);
    }

    public ReactiveJwtDecoder around(ReactiveJwtDecoder verifier) {
        return new RememberingReactiveDecoder(this, verifier);
    }

    /** The token verified before, unless it has expired since. */
    Optional<Jwt> recall(String token) {
        Jwt known = verified.getIfPresent(token);
        return known != null && known.getExpiresAt().isAfter(clock.instant()) ? Optional.of(known) : Optional.empty();
    }

    /** A token that has just been verified; one without expiry is never remembered. */
    void remember(String token, Jwt jwt) {
        if (jwt.getExpiresAt() != null) {
            verified.put(token, jwt);
        }
    }

    /** A decoder that already remembers what it verified: not wrapped twice. */
    interface Remembering {}
}
