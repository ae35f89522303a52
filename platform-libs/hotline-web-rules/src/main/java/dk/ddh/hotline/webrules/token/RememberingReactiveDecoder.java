package dk.ddh.hotline.webrules.token;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/** The gateway's token decoder, verifying each distinct token once while valid. */
final class RememberingReactiveDecoder implements ReactiveJwtDecoder, VerifiedTokens.Remembering {

    private final VerifiedTokens tokens;
    private final ReactiveJwtDecoder verifier;

    RememberingReactiveDecoder(VerifiedTokens tokens, ReactiveJwtDecoder verifier) {
        this.tokens = tokens;
        this.verifier = verifier;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        return tokens.recall(token)
                .map(Mono::just)
                .orElseGet(() -> verifier.decode(token).doOnNext(jwt -> tokens.remember(token, jwt)));
    }
}
