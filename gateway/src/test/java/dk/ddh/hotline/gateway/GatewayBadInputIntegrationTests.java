package dk.ddh.hotline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.TestIssuer;
import dk.ddh.hotline.test.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's bad-input sweep: requests that break HTTP or URI rules before any route is chosen, each sent as raw
 * bytes (an HTTP client library would refuse to send most of them) and answered with a 4xx problem naming what is
 * wrong. A new kind of bad request is covered by adding a row.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GatewayBadInputIntegrationTests {

    private static final EchoBackend backend = EchoBackend.start();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MEMBERS = "/api/membership/v1/members";
    private static final String LONG = "a".repeat(100_000);

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIssuer::issuerUri);
        registry.add("hotline.gateway.services.membership.uri", backend::uri);
    }

    @AfterAll
    static void stopBackend() {
        backend.close();
    }

    @LocalServerPort
    int port;

    /** One bad request: its request line and any extra header lines, and the problem it must get. */
    record BadRequest(String name, String requestLine, List<String> headers, int status, String slug) {

        static BadRequest get(String name, String target, int status, String slug) {
            return new BadRequest(name, "GET " + target + " HTTP/1.1", List.of(), status, slug);
        }

        static BadRequest header(String name, String header, int status, String slug) {
            return new BadRequest(name, "GET " + MEMBERS + " HTTP/1.1", List.of(header), status, slug);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<BadRequest> badRequests() {
        return List.of(
                BadRequest.get("a 100,000-character path", MEMBERS + "/" + LONG, 414, "uri-too-long"),
                BadRequest.get("a 100,000-character query string", MEMBERS + "?name=" + LONG, 414, "uri-too-long"),
                BadRequest.header(
                        "a 100,000-character header", "X-Filler: " + LONG, 431, "request-header-fields-too-large"),
                BadRequest.header(
                        "100 headers of 1,000 characters", fillers(100), 431, "request-header-fields-too-large"),
                BadRequest.get("an encoded ';' in a path id", MEMBERS + "/253%3B1", 400, "rejected-request"),
                BadRequest.get("a ';' in a path id", MEMBERS + "/253;jsessionid=1", 400, "rejected-request"),
                BadRequest.get("an encoded NUL in a path id", MEMBERS + "/253%00", 400, "rejected-request"),
                BadRequest.get("an encoded '/' in a path id", MEMBERS + "/253%2F..%2F1", 400, "rejected-request"),
                BadRequest.get("an encoded '%' in a path id", MEMBERS + "/253%251", 400, "rejected-request"),
                BadRequest.get("a '..' segment", MEMBERS + "/../../actuator/env", 400, "rejected-request"),
                BadRequest.get("a '%' without two hex digits in the path", MEMBERS + "/%zz", 400, "malformed-request"),
                BadRequest.get("a cut-off '%' at the end of the query", MEMBERS + "?name=%4", 400, "malformed-request"),
                BadRequest.get("a raw non-ASCII byte in the path", MEMBERS + "/gr\u00e6ve", 400, "malformed-request"),
                BadRequest.get("a space in the request target", MEMBERS + "/a b", 400, "malformed-request"),
                BadRequest.header(
                        "a control character in a header value", "X-Note: a\u0001b", 400, "malformed-request"),
                BadRequest.header("a header name with a space", "X Note: a", 400, "malformed-request"),
                BadRequest.header("a header line without a colon", "X-Note", 400, "malformed-request"),
                BadRequest.header(
                        "a request from an origin not allowed", "Origin: https://evil.example", 403, "forbidden"),
                new BadRequest(
                        "a preflight for a method not allowed",
                        "OPTIONS " + MEMBERS + " HTTP/1.1",
                        List.of("Origin: http://localhost:5173", "Access-Control-Request-Method: TRACE"),
                        403,
                        "forbidden"),
                BadRequest.get("a tab in the request target", MEMBERS + "/\t1", 400, "malformed-request"));
    }

    private static String fillers(int count) {
        var headers = new StringBuilder();
        for (int i = 0; i < count; i++) {
            headers.append(i == 0 ? "" : "\r\n")
                    .append("X-Filler-")
                    .append(i)
                    .append(": ")
                    .append("a".repeat(1_000));
        }
        return headers.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void answersAProblemNamingWhatIsWrong(BadRequest bad) {
        String response = send(bad);

        String head = response.substring(0, Math.max(response.indexOf("\r\n\r\n"), 0));
        assertThat(head).as(response).startsWith("HTTP/1.1 " + bad.status() + " ");
        assertThat(head.lines())
                .as(response)
                .anyMatch(Pattern.compile("(?i)content-type: application/problem\\+json")
                        .asPredicate());
        JsonNode problem = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
        assertThat(problem.get("type").asString()).isEqualTo("https://hotline.ddh.dk/problems/" + bad.slug());
        assertThat(problem.get("status").asInt()).isEqualTo(bad.status());
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    private String send(BadRequest bad) {
        var request = new StringBuilder(bad.requestLine()).append("\r\n");
        request.append("Host: localhost:").append(port).append("\r\n");
        request.append("Authorization: Bearer ")
                .append(TestTokens.forRoles("AGENT").member("253").mint())
                .append("\r\n");
        bad.headers().forEach(header -> request.append(header).append("\r\n"));
        request.append("Connection: close\r\n\r\n");
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
