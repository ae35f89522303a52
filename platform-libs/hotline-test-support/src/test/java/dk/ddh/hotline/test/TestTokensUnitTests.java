package dk.ddh.hotline.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class TestTokensUnitTests {

    private static RSAKey issuerKey(SignedJWT jwt) throws Exception {
        JWKSet jwks = JWKSet.load(URI.create(TestIssuer.jwkSetUri()).toURL());
        return (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
    }

    @Test
    void mintsATokenWithPlatformClaimsSignedByTheIssuersPublishedKey() throws Exception {
        SignedJWT jwt = SignedJWT.parse(TestTokens.forRoles("MEMBER_ADMIN")
                .member("253")
                .subject("admin.greve")
                .mint());

        assertThat(jwt.verify(new RSASSAVerifier(issuerKey(jwt)))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(TestIssuer.issuerUri());
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("hotline");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("admin.greve");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("MEMBER_ADMIN");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("member")).isEqualTo("253");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant())
                .isBetween(Instant.now().plusSeconds(240), Instant.now().plusSeconds(301));
    }

    @Test
    void leavesOutTheMemberClaimWhenThereIsNone() throws Exception {
        SignedJWT jwt = SignedJWT.parse(TestTokens.forRoles("DDH_ADMIN").mint());

        assertThat(jwt.getJWTClaimsSet().getClaims()).doesNotContainKey("member");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("test-user");
    }

    @Test
    void isAcceptedByASpringDecoderConfiguredFromTheIssuerUri() {
        JwtDecoder decoder = JwtDecoders.fromIssuerLocation(TestIssuer.issuerUri());

        Jwt jwt = decoder.decode(
                TestTokens.forRoles("PARTNER").member("minsp-support").mint());

        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("PARTNER");
        assertThat(jwt.getClaimAsString("member")).isEqualTo("minsp-support");
    }

    @Test
    void expiredTokensFailValidation() {
        JwtDecoder decoder = JwtDecoders.fromIssuerLocation(TestIssuer.issuerUri());

        assertThatThrownBy(() ->
                        decoder.decode(TestTokens.forRoles("AGENT").expired().mint()))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void foreignTokensFailSignatureAndIssuerChecks() throws Exception {
        String token = TestTokens.forRoles("AGENT").foreignIssuer().mint();
        SignedJWT jwt = SignedJWT.parse(token);

        assertThat(jwt.getJWTClaimsSet().getIssuer()).isNotEqualTo(TestIssuer.issuerUri());
        assertThat(issuerKey(jwt)).isNull();
        assertThat(jwt.verify(new RSASSAVerifier(TestIssuer.signingKey().toRSAPublicKey())))
                .isFalse();
        assertThatThrownBy(() ->
                        JwtDecoders.fromIssuerLocation(TestIssuer.issuerUri()).decode(token))
                .isInstanceOf(BadJwtException.class);
    }
}
