package dk.ddh.hotline.webrules.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

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
        JwtDecoder tokens = at(NOW);

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
        JwtDecoder tokens = new VerifiedTokens(clock, 100, Duration.ofMinutes(10)).around(expiring);
        tokens.decode("short-lived");

        clock.now = NOW.plus(Duration.ofMinutes(2));

        assertThatThrownBy(() -> tokens.decode("short-lived")).isInstanceOf(BadJwtException.class);
    }

    @Test
    void invalidTokensAreNeverRemembered() {
        JwtDecoder tokens = at(NOW);

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> tokens.decode("bad-token")).isInstanceOf(BadJwtException.class);
        }

        assertThat(verifiedTokens).containsExactly("bad-token", "bad-token");
    }

    @Test
    void theGatewaysReactiveDecoderFollowsTheSameRule() {
        ReactiveJwtDecoder reactive = token -> Mono.fromCallable(() -> verifier.decode(token));
        ReactiveJwtDecoder tokens =
                new VerifiedTokens(Clock.fixed(NOW, ZoneOffset.UTC), 100, Duration.ofMinutes(10)).around(reactive);

        Jwt first = tokens.decode("token-a").block();
        Jwt second = tokens.decode("token-a").block();
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThat(tokens.decode("bad-token")
                            .onErrorResume(e -> Mono.empty())
                            .blockOptional())
                    .isEmpty();
        }

        assertThat(second).isSameAs(first);
        assertThat(verifiedTokens).containsExactly("token-a", "bad-token", "bad-token");
    }

    @Test
    void everyDecoderBeanIsWrappedOnce() {
        BeanPostProcessor wrapper = VerifiedTokens.forEveryDecoder();
        JwtDecoder current = token -> {
            verifiedTokens.add(token);
            return Jwt.withTokenValue(token)
                    .header("alg", "RS256")
                    .expiresAt(Instant.now().plus(Duration.ofMinutes(15)))
                    .build();
        };

        Object wrapped = wrapper.postProcessAfterInitialization(current, "jwtDecoder");
        Object again = wrapper.postProcessAfterInitialization(wrapped, "jwtDecoder");
        ((JwtDecoder) again).decode("token-a");
        ((JwtDecoder) again).decode("token-a");

        assertThat(again).isSameAs(wrapped).isNotSameAs(current);
        assertThat(verifiedTokens).containsExactly("token-a");
        assertThat(wrapper.postProcessAfterInitialization("not a decoder", "other"))
                .isEqualTo("not a decoder");
    }

    private JwtDecoder at(Instant now) {
        return new VerifiedTokens(Clock.fixed(now, ZoneOffset.UTC), 100, Duration.ofMinutes(10)).around(verifier);
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
