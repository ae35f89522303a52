package dk.ddh.hotline.identity.accounts;

import dk.ddh.hotline.identity.IdentityProperties;
import java.util.List;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts the platform claims into tokens: {@code roles}, {@code member} (absent when there is none), a logged-in
 * user's {@code name} (the consoles greet the person by it) and, on access tokens, the platform audience instead of
 * the client id. Client-credentials tokens carry the client's own
 * entitlements; every other grant carries the logged-in user's.
 */
@Component
class EntitlementClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final DemoAccounts accounts;
    private final String audience;

    EntitlementClaims(DemoAccounts accounts, IdentityProperties properties) {
        this.accounts = accounts;
        this.audience = properties.audience();
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken =
                OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        boolean forClient = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType());
        String principal = context.getPrincipal().getName();
        Entitlements entitlements =
                (forClient ? accounts.ofClient(principal) : accounts.ofUser(principal)).orElse(Entitlements.NONE);

        JwtClaimsSet.Builder claims = context.getClaims();
        if (accessToken) {
            claims.audience(List.of(audience));
        }
        claims.claim("roles", entitlements.roleNames());
        if (entitlements.member() != null) {
            claims.claim("member", entitlements.member());
        }
        if (!forClient) {
            accounts.user(principal).ifPresent(user -> claims.claim("name", user.name()));
        }
    }
}
