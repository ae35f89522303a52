package dk.ddh.hotline.identity.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SigningKeysUnitTests {

    private static final KeyPair KEY_PAIR = generateKeyPair();

    private static KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(KeyPair keyPair) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes())
                        .encodeToString(keyPair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    @Test
    void signsWithTheConfiguredKeySoEveryReplicaPublishesTheSameJwk() throws Exception {
        RSAKey first = SigningKeys.from(pem(KEY_PAIR), null);
        RSAKey second = SigningKeys.from(pem(KEY_PAIR), "");

        assertThat(first.toRSAPublicKey().getModulus()).isEqualTo(((RSAPublicKey) KEY_PAIR.getPublic()).getModulus());
        assertThat(first.isPrivate()).isTrue();
        assertThat(first.getKeyID()).isNotBlank().isEqualTo(second.getKeyID());
    }

    @Test
    void usesAConfiguredKeyId() {
        assertThat(SigningKeys.from(pem(KEY_PAIR), "hotline-2026").getKeyID()).isEqualTo("hotline-2026");
    }

    @Test
    void generatesADifferentKeyOnEveryStartWhenNoneIsConfigured() throws Exception {
        RSAKey first = SigningKeys.from("", null);
        RSAKey second = SigningKeys.from(null, null);

        assertThat(first.toRSAPublicKey().getModulus())
                .isNotEqualTo(second.toRSAPublicKey().getModulus());
    }

    @Test
    void explainsWhatIsWrongWithAKeyInTheWrongFormat() {
        assertThatThrownBy(() ->
                        SigningKeys.from("-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END RSA PRIVATE KEY-----", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PKCS#8")
                .hasStackTraceContaining("openssl pkcs8");
    }
}
