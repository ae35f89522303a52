package dk.ddh.hotline.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Mints RS256 access tokens that the {@link TestIssuer}'s JWKS validates, shaped like the platform's tokens: {@code
 * roles}, {@code member}, {@code aud}. Defaults: audience {@code hotline}, five minutes lifetime, subject {@code
 * test-user}.
 */
public final class TestTokens {

    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private TestTokens() {}

    public static Builder forRoles(String... roles) {
        return new Builder(List.of(roles));
    }

    public static final class Builder {

        private final List<String> roles;
        private String member;
        private String subject = "test-user";
        private List<String> audience = List.of("hotline");
        private boolean expired;
        private boolean foreignIssuer;

        private Builder(List<String> roles) {
            this.roles = roles;
        }

        /** The member the caller works for, or the escalation target a partner serves. */
        public Builder member(String memberId) {
            this.member = memberId;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder audience(String... audience) {
            this.audience = List.of(audience);
            return this;
        }

        /** Expired long enough ago that the default clock skew of JWT validators does not rescue it. */
        public Builder expired() {
            this.expired = true;
            return this;
        }

        /** Signed with another key and carrying another issuer, as a token of some other identity provider. */
        public Builder foreignIssuer() {
            this.foreignIssuer = true;
            return this;
        }

        /** The compact serialised JWT, ready for an {@code Authorization: Bearer} header. */
        public String mint() {
            Instant issuedAt = expired ? Instant.now().minus(LIFETIME.multipliedBy(3)) : Instant.now();
            RSAKey key = foreignIssuer ? TestIssuer.foreignKey() : TestIssuer.signingKey();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(foreignIssuer ? TestIssuer.FOREIGN_ISSUER : TestIssuer.issuerUri())
                    .subject(subject)
                    .audience(audience)
                    .issueTime(Date.from(issuedAt))
                    .notBeforeTime(Date.from(issuedAt))
                    .expirationTime(Date.from(issuedAt.plus(LIFETIME)))
                    .jwtID(UUID.randomUUID().toString())
                    .claim("roles", roles);
            if (member != null) {
                claims.claim("member", member);
            }
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims.build());
            try {
                jwt.sign(new RSASSASigner(key));
            } catch (JOSEException e) {
                throw new IllegalStateException("Cannot sign the test token", e);
            }
            return jwt.serialize();
        }
    }
}
