package dk.ddh.hotline.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The application under test trusts exactly the tokens {@link TestTokens} mints for the {@link TestIssuer}. */
@HotlineIntegrationTest
class ResourceServerIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void acceptsAMintedTokenAndSeesItsRoles() throws Exception {
        HttpResponse<String> response = whoAmI(TestTokens.forRoles("AGENT", "SUPERVISOR")
                .subject("agent.greve")
                .member("253")
                .mint());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"subject\":\"agent.greve\"").contains("AGENT", "SUPERVISOR");
    }

    @Test
    void rejectsAnExpiredToken() throws Exception {
        assertThat(whoAmI(TestTokens.forRoles("AGENT").expired().mint()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void rejectsATokenOfAForeignIssuer() throws Exception {
        assertThat(whoAmI(TestTokens.forRoles("AGENT").foreignIssuer().mint()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void rejectsATokenForAnotherAudience() throws Exception {
        assertThat(whoAmI(TestTokens.forRoles("AGENT").audience("billing").mint())
                        .statusCode())
                .isEqualTo(401);
    }

    private HttpResponse<String> whoAmI(String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/whoami"))
                .header("Authorization", "Bearer " + token)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
