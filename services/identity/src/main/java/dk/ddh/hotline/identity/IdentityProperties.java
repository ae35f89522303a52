package dk.ddh.hotline.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The issuer's own settings ({@code hotline.identity.*}); demo accounts are in {@code
 * dk.ddh.hotline.identity.accounts.DemoAccounts}.
 *
 * @param issuer the issuer URI put into every token and the discovery document; blank means "as the request came in",
 *     which only tests on random ports want
 * @param audience the {@code aud} of every access token, checked by every resource server
 * @param accessTokenLifetime how long access tokens are valid
 * @param refreshTokenLifetime how long browser sessions can refresh without logging in again
 * @param signingKey RSA private key (PKCS#8 PEM) to sign with; blank generates one at start-up, which only suits a
 *     single dev instance because every restart invalidates issued tokens
 * @param signingKeyId the {@code kid} of the configured key; blank derives it from the key's thumbprint
 */
@ConfigurationProperties("hotline.identity")
public record IdentityProperties(
        String issuer,
        @DefaultValue("hotline") String audience,
        @DefaultValue("15m") Duration accessTokenLifetime,
        @DefaultValue("8h") Duration refreshTokenLifetime,
        String signingKey,
        String signingKeyId) {}
