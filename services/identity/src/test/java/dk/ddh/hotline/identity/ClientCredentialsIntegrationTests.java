package dk.ddh.hotline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hotline.identity.issuer=")
class ClientCredentialsIntegrationTests {

    @LocalServerPort
    int port;

    IdentityHttp http;

    @BeforeEach
    void connect() {
        http = new IdentityHttp(port);
    }

    @ParameterizedTest(name = "{0} gets {1} for member {2}")
    @CsvSource(
            nullValues = "none",
            value = {
                "demo-agent,            AGENT,        253",
                "demo-supervisor,       SUPERVISOR,   253",
                "demo-admin-greve,      MEMBER_ADMIN, 253",
                "demo-admin-koege,      MEMBER_ADMIN, 259",
                "demo-region-admin,     REGION_ADMIN, 1085",
                "demo-ddh-admin,        DDH_ADMIN,    none",
                "partner-telephony,     PARTNER,      none",
                "partner-minsp-support, PARTNER,      minsp-support"
            })
    void issuesASignedTokenWithTheClientsRolesMemberAndPlatformAudience(String clientId, String role, String member)
            throws Exception {
        HttpResponse<String> response = http.clientCredentials(clientId, "demo-secret");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JWTClaimsSet claims = http.verifiedClaims(
                IdentityHttp.json(response).get("access_token").asString());
        assertThat(claims.getIssuer()).isEqualTo(http.issuer());
        assertThat(claims.getAudience()).containsExactly("hotline");
        assertThat(claims.getSubject()).isEqualTo(clientId);
        assertThat(claims.getStringListClaim("roles")).isEqualTo(List.of(role));
        assertThat(claims.getStringClaim("member")).isEqualTo(member);
        assertThat(claims.getClaims().containsKey("member")).isEqualTo(member != null);
        assertThat(claims.getExpirationTime().toInstant()).isAfter(Instant.now());
    }

    @Test
    void rejectsAWrongSecretWith401() {
        HttpResponse<String> response = http.clientCredentials("demo-ddh-admin", "wrong-secret");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(IdentityHttp.json(response).get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void rejectsAnUnknownClientWith401() {
        assertThat(http.clientCredentials("demo-nobody", "demo-secret").statusCode())
                .isEqualTo(401);
    }

    @Test
    void refusesClientCredentialsToTheBrowserClient() {
        HttpResponse<String> response = http.clientCredentials("hotline-gateway", "demo-secret");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(IdentityHttp.json(response).get("error").asString()).isEqualTo("unauthorized_client");
    }
}
