package dk.ddh.hotline.webrules.token;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** A servlet service's token decoder, verifying each distinct token once while valid. */
final class RememberingDecoder implements JwtDecoder, VerifiedTokens.Remembering {

    private final VerifiedTokens tokens;
    private final JwtDecoder verifier;

    RememberingDecoder(VerifiedTokens tokens, JwtDecoder verifier) {
        this.tokens = tokens;
        this.verifier = verifier;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        return tokens.recall(token).orElseGet(() -> {
            Jwt jwt = verifier.decode(token);
            tokens.remember(token, jwt);
            return jwt;
        });
    }
}
