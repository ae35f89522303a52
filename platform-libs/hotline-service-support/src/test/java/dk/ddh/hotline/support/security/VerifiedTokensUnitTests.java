package dk.ddh.hotline.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensUnitTests {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private final List<String> verifiedTokens = new ArrayList<>();
    private final JwtDecoder verifier = token -> {
        verifiedTokens.add(token);
        if (token.startsWith("bad")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("telephony")
                .issuedAt(NOW.minusSeconds(60))
                .expiresAt(NOW.plus(Duration.ofMinutes(token.startsWith("short") ? 1 : 15)))
                .build();
    };

    @Test
    void theSameTokenIsVerifiedOnceWhileValid() {
        VerifiedTokens tokens = at(NOW);

        Jwt first = tokens.decode("token-a");
        Jwt second = tokens.decode("token-a");
        tokens.decode("token-b");

        assertThat(second).isSameAs(first);
        assertThat(verifiedTokens).containsExactly("token-a", "token-b");
    }

    @Test
    void anExpiredTokenIsVerifiedAgainAndSoRefused() {
        JwtDecoder expiring = token -> {
            verifiedTokens.add(token);
            if (verifiedTokens.size() > 1) {
                throw new BadJwtException("Jwt expired");
            }
            return verifier.decode(token);
        };
        MovingClock clock = new MovingClock();
        VerifiedTokens tokens = new VerifiedTokens(expiring, clock, 100, Duration.ofMinutes(10));
        tokens.decode("short-lived");

        clock.now = NOW.plus(Duration.ofMinutes(2));

        assertThatThrownBy(() -> tokens.decode("short-lived")).isInstanceOf(BadJwtException.class);
    }

    @Test
    void invalidTokensAreNeverRemembered() {
        VerifiedTokens tokens = at(NOW);

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> tokens.decode("bad-token")).isInstanceOf(BadJwtException.class);
        }

        assertThat(verifiedTokens).containsExactly("bad-token", "bad-token");
    }

    private VerifiedTokens at(Instant now) {
        return new VerifiedTokens(verifier, Clock.fixed(now, ZoneOffset.UTC), 100, Duration.ofMinutes(10));
    }

    private static final class MovingClock extends Clock {
        Instant now = NOW;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
