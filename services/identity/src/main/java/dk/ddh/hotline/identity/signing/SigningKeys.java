package dk.ddh.hotline.identity.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/** The RSA key tokens are signed with: a configured one, so replicas and restarts agree, or a throwaway for dev. */
final class SigningKeys {

    private SigningKeys() {}

    static RSAKey from(String pem, String keyId) {
        if (pem == null || pem.isBlank()) {
            return generated();
        }
        try {
            RSAPrivateCrtKey privateKey = privateKey(pem);
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            RSAKey key = new RSAKey.Builder(publicKey)
                    .privateKey(privateKey)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build();
            String kid =
                    keyId == null || keyId.isBlank() ? key.computeThumbprint().toString() : keyId;
            return new RSAKey.Builder(key).keyID(kid).build();
        } catch (GeneralSecurityException | JOSEException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "hotline.identity.signing-key is not an RSA private key in PKCS#8 PEM"
                            + " (-----BEGIN PRIVATE KEY-----)",
                    e);
        }
    }

    private static RSAPrivateCrtKey privateKey(String pem) throws GeneralSecurityException {
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalArgumentException("PKCS#1 key; convert with `openssl pkcs8 -topk8 -nocrypt`");
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static RSAKey generated() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }
}
