package dk.ddh.hotline.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * An in-process OpenID Connect issuer for tests: serves {@code /.well-known/openid-configuration} and the JWKS of the
 * key {@link TestTokens} signs with. Started once per JVM on a random loopback port.
 */
public final class TestIssuer {

    static final String FOREIGN_ISSUER = "https://foreign-issuer.invalid";
    private static final RSAKey SIGNING_KEY = generateKey("hotline-test-key");
    private static final RSAKey FOREIGN_KEY = generateKey("foreign-key");
    private static final String ISSUER_URI = IssuerServer.start(new JWKSet(SIGNING_KEY.toPublicJWK()).toString());

    private TestIssuer() {}

    /** The issuer URI, the value of {@code iss} in minted tokens and of {@code spring.security...jwt.issuer-uri}. */
    public static String issuerUri() {
        return ISSUER_URI;
    }

    public static String jwkSetUri() {
        return ISSUER_URI + IssuerServer.JWKS_PATH;
    }

    static RSAKey signingKey() {
        return SIGNING_KEY;
    }

    static RSAKey foreignKey() {
        return FOREIGN_KEY;
    }

    private static RSAKey generateKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate the test signing key", e);
        }
    }
}
