package dk.ddh.hotline.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokensUnitTests {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();
    private final ReactiveJwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        return token.equals("forged")
                ? Mono.error(new BadJwtException("bad signature"))
                : Mono.just(Jwt.withTokenValue(token)
                        .header("alg", "RS256")
                        .subject("partner-telephony")
                        .expiresAt(NOW.plusSeconds(300))
                        .build());
    };

    @Test
    void aValidTokenIsVerifiedOnceUntilItExpires() {
        VerifiedTokens tokens = at(NOW);
        tokens.decode("token").block();
        tokens.decode("token").block();
        assertThat(verifications).hasValue(1);

        at(NOW.plusSeconds(301)).decode("token").block();
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aForgedTokenIsCheckedEveryTime() {
        VerifiedTokens tokens = at(NOW);

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThat(tokens.decode("forged").onErrorResume(e -> Mono.empty()).blockOptional())
                    .isEmpty();
        }

        assertThat(verifications).hasValue(2);
    }

    private VerifiedTokens at(Instant now) {
        return new VerifiedTokens(verifier, Clock.fixed(now, ZoneOffset.UTC), 100, Duration.ofMinutes(10));
    }
}
