package dk.ddh.hotline.identity.signing;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dk.ddh.hotline.identity.IdentityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SigningConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SigningConfiguration.class);

    @Bean
    JWKSource<SecurityContext> jwkSource(IdentityProperties properties) {
        RSAKey key = SigningKeys.from(properties.signingKey(), properties.signingKeyId());
        if (properties.signingKey() == null || properties.signingKey().isBlank()) {
            log.warn(
                    "No hotline.identity.signing-key configured: signing with a key generated at start-up ({}),"
                            + " tokens stop validating when this instance restarts",
                    key.getKeyID());
        }
        return new ImmutableJWKSet<>(new JWKSet(key));
    }
}
