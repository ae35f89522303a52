package dk.ddh.hotline.support.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@HotlineIntegrationTest
class ApiDocsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void publishesItsDocumentWithoutTokenRelativeToTheGatewayAndAskingForBearerTokens() {
        TestHttp.Response reply = TestHttp.onPort(port).get(null, "/v3/api-docs");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode document = reply.body();
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

    @Test
    void documentsTheProblemResponsesEachOperationCanGive() {
        JsonNode paths = TestHttp.onPort(port).get(null, "/v3/api-docs").body().path("paths");

        assertThat(responses(paths.path("/members/{memberId}/notes").path("post")))
                .containsExactly("201", "400", "401", "403", "404", "409", "413", "429");
        assertThat(responses(paths.path("/notes/{id}").path("get")))
                .containsExactly("200", "400", "401", "403", "404", "429");
        JsonNode open = paths.path("/public/notes/count").path("get");
        assertThat(responses(open)).containsExactly("200", "429");
        assertThat(open.path("security").isArray() && open.path("security").isEmpty())
                .as("a public path asks for no token")
                .isTrue();
    }

    @Test
    void describesProblemsAsProblemJsonWithTheSchemaAndAnExample() {
        JsonNode document = TestHttp.onPort(port).get(null, "/v3/api-docs").body();

        assertThat(document.path("paths")
                        .path("/notes/{id}")
                        .path("get")
                        .path("responses")
                        .path("404")
                        .path("$ref")
                        .asString())
                .isEqualTo("#/components/responses/NotFound");
        JsonNode badRequest = document.path("components")
                .path("responses")
                .path("BadRequest")
                .path("content")
                .path("application/problem+json");
        assertThat(badRequest.path("schema").path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
        assertThat(badRequest.path("example").path("type").asString())
                .isEqualTo("https://hotline.ddh.dk/problems/validation-failed");
        assertThat(badRequest
                        .path("example")
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asString())
                .isEqualTo("name");
        JsonNode problem = document.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties")
                        .path("errors")
                        .path("items")
                        .path("$ref")
                        .asString())
                .isEqualTo("#/components/schemas/FieldError");
        assertThat(document.path("components")
                        .path("responses")
                        .path("TooManyRequests")
                        .path("headers")
                        .has("Retry-After"))
                .isTrue();
    }

    private static List<String> responses(JsonNode operation) {
        List<String> statuses = new ArrayList<>();
        operation.path("responses").propertyNames().forEach(statuses::add);
        return statuses;
    }
}
