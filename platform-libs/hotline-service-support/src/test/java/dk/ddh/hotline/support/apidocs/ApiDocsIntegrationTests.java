package dk.ddh.hotline.support.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.support.sample.SampleHttp;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@HotlineIntegrationTest
class ApiDocsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void publishesItsDocumentWithoutTokenRelativeToTheGatewayAndAskingForBearerTokens() {
        SampleHttp.Reply reply = new SampleHttp(port).get(null, "/v3/api-docs");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode document = reply.json();
        assertThat(document.path("info").path("title").asString()).isEqualTo("Digital Hotline support-sample API");
        assertThat(document.path("servers").get(0).path("url").asString()).isEqualTo("/");
        assertThat(document.path("components")
                        .path("securitySchemes")
                        .path("bearer")
                        .path("scheme")
                        .asString())
                .isEqualTo("bearer");
        assertThat(document.path("paths").has("/members/{memberId}/notes")).isTrue();
    }
}
