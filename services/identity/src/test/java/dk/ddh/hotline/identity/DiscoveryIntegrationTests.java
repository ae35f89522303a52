package dk.ddh.hotline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

// A blank issuer makes the provider name itself after the request, as it must on a random port.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hotline.identity.issuer=")
class DiscoveryIntegrationTests {

    @LocalServerPort
    int port;

    IdentityHttp http;

    @BeforeEach
    void connect() {
        http = new IdentityHttp(port);
    }

    @Test
    void servesTheOpenIdDiscoveryDocument() {
        HttpResponse<String> response = http.get("/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = IdentityHttp.json(response);
        assertThat(discovery.get("issuer").asString()).isEqualTo(http.issuer());
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo(http.issuer() + "/oauth2/jwks");
        assertThat(discovery.get("token_endpoint").asString()).isEqualTo(http.issuer() + "/oauth2/token");
        assertThat(discovery.get("grant_types_supported").toString())
                .contains("authorization_code", "client_credentials", "refresh_token");
        assertThat(discovery.get("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void servesTheSigningKeyAsJwks() {
        JsonNode jwks = IdentityHttp.json(http.get("/oauth2/jwks"));

        assertThat(jwks.get("keys")).hasSize(1);
        JsonNode key = jwks.get("keys").get(0);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.get("kid").asString()).isNotBlank();
        assertThat(key.has("d")).as("private part never published").isFalse();
    }

    @Test
    void reportsReadinessWithoutAuthentication() {
        HttpResponse<String> response = http.get("/actuator/health/readiness");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }
}
