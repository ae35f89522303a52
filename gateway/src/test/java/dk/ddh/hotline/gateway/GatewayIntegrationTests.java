package dk.ddh.hotline.gateway;

import static dk.ddh.hotline.gateway.GatewayClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.TestIssuer;
import dk.ddh.hotline.test.TestTokens;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GatewayIntegrationTests {

    private static final EchoBackend backend = EchoBackend.start();

    /** This test's own browser sessions in the shared Redis. */
    private static final String SESSIONS = "hotline:gateway-test:" + UUID.randomUUID();

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIssuer::issuerUri);
        registry.add("hotline.gateway.services.membership.uri", backend::uri);
        registry.add("hotline.gateway.services.guides.uri", backend::uri);
        registry.add("hotline.gateway.services.guides.public-paths", () -> "/api/guides/v1/public/**");
        registry.add("hotline.gateway.services.scheduling.uri", EchoBackend::unreachableUri);
        registry.add("hotline.gateway.timeout", () -> "3s");
        registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "2s");
        registry.add("hotline.gateway.max-request-size", () -> "1KB");
        registry.add("resilience4j.bulkhead.instances.guides.max-concurrent-calls", () -> "2");
        registry.add("spring.session.data.redis.namespace", () -> SESSIONS);
    }

    @AfterAll
    static void stopBackend() {
        backend.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    ReactiveStringRedisTemplate redis;

    GatewayClient gateway;

    @BeforeEach
    void connect() {
        gateway = new GatewayClient(port);
    }

    private static String agentToken() {
        return TestTokens.forRoles("AGENT").member("253").mint();
    }

    @Test
    void routesApiCallsToTheServiceWithPathQueryAndAuthorizationUnchanged() {
        String token = agentToken();

        var response = gateway.get("/api/membership/v1/members/253?page=0&size=5", token);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode echo = json(response);
        assertThat(echo.get("method").asString()).isEqualTo("GET");
        assertThat(echo.get("path").asString()).isEqualTo("/api/membership/v1/members/253");
        assertThat(echo.get("query").asString()).isEqualTo("page=0&size=5");
        assertThat(echo.get("authorization").asString()).isEqualTo("Bearer " + token);
    }

    @Test
    void keepsNoSessionForRequestsWithABearerToken() {
        String token = agentToken();
        List<String> sessionsBefore = sessions();

        var read = gateway.get("/api/membership/v1/members", token);
        var write = gateway.send(gateway.request("/api/membership/v1/members")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{}"))
                .build());

        assertThat(List.of(read.statusCode(), write.statusCode())).containsOnly(200);
        assertThat(read.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(sessions()).isEqualTo(sessionsBefore);
    }

    private List<String> sessions() {
        return redis.scan(ScanOptions.scanOptions().match(SESSIONS + ":*").build())
                .sort()
                .collectList()
                .block();
    }

    @Test
    void passesWritesOnWithTheirBody() {
        var response = gateway.send(gateway.request("/api/membership/v1/members")
                .header("Authorization", "Bearer " + agentToken())
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"name\":\"Greve Kommune\"}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("method").asString()).isEqualTo("POST");
        assertThat(json(response).get("bodyBytes").asInt()).isEqualTo(24);
    }

    @Test
    void propagatesTraceContextAndRequestIdToTheService() {
        var response = gateway.send(gateway.request("/api/membership/v1/members")
                .header("Authorization", "Bearer " + agentToken())
                .header("X-Request-Id", "support-case-42")
                .GET()
                .build());

        JsonNode echo = json(response);
        assertThat(echo.get("traceparent").asString()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        assertThat(echo.get("requestId").asString()).isEqualTo("support-case-42");
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("support-case-42");
    }

    @Test
    void replacesARequestIdThatIsNotPlainText() {
        var response = gateway.send(gateway.request("/api/membership/v1/members")
                .header("Authorization", "Bearer " + agentToken())
                .header("X-Request-Id", "x\tforged log line")
                .GET()
                .build());

        String forwarded = json(response).get("requestId").asString();
        assertThat(forwarded).matches("[0-9a-f-]{36}");
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue(forwarded);
    }

    @Test
    void rejectsRequestWithoutTokenAsProblem() {
        var response = gateway.get("/api/membership/v1/members", null);

        assertUnauthorizedProblem(response);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void rejectsExpiredToken() {
        var response = gateway.get(
                "/api/membership/v1/members",
                TestTokens.forRoles("AGENT").member("253").expired().mint());

        assertUnauthorizedProblem(response);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
    }

    @Test
    void rejectsTokenFromForeignIssuer() {
        var response = gateway.get(
                "/api/membership/v1/members",
                TestTokens.forRoles("AGENT").member("253").foreignIssuer().mint());

        assertUnauthorizedProblem(response);
    }

    @Test
    void rejectsTokenIssuedForAnotherAudience() {
        var response = gateway.get(
                "/api/membership/v1/members",
                TestTokens.forRoles("AGENT").member("253").audience("other").mint());

        assertUnauthorizedProblem(response);
    }

    @Test
    void rejectsMalformedToken() {
        assertUnauthorizedProblem(gateway.get("/api/membership/v1/members", "not-a-jwt"));
    }

    @Test
    void letsConfiguredPublicPathsThroughWithoutToken() {
        var open = gateway.get("/api/guides/v1/public/opening-hours", null);
        var closed = gateway.get("/api/guides/v1/guides", null);

        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(json(open).get("path").asString()).isEqualTo("/api/guides/v1/public/opening-hours");
        assertUnauthorizedProblem(closed);
    }

    @Test
    void publishesEachServicesOpenApiDocumentWithoutToken() {
        var response = gateway.get("/api/membership/v3/api-docs", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(EchoBackend.API_DOCS);
    }

    @Test
    void listsEveryConfiguredServiceInSwaggerUi() {
        var config = gateway.get("/v3/api-docs/swagger-config", null);
        var ui = gateway.get("/swagger-ui/index.html", null);

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(json(config).get("urls").findValuesAsString("url"))
                .containsExactlyInAnyOrder(
                        "/api/call-log/v3/api-docs",
                        "/api/guides/v3/api-docs",
                        "/api/membership/v3/api-docs",
                        "/api/scheduling/v3/api-docs");
        assertThat(ui.statusCode()).isEqualTo(200);
    }

    @Test
    void refusesBodyLargerThanTheLimitAsProblem() {
        var response = gateway.send(gateway.request("/api/membership/v1/members")
                .header("Authorization", "Bearer " + agentToken())
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(new byte[2048]))
                .build());

        assertProblem(response, 413, "payload-too-large");
    }

    @Test
    void refusesChunkedBodyLargerThanTheLimitAsProblem() {
        var response = gateway.send(gateway.request("/api/membership/v1/members")
                .header("Authorization", "Bearer " + agentToken())
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[4096])))
                .build());

        assertProblem(response, 413, "payload-too-large");
    }

    @Test
    void addsSecurityHeadersToEveryResponse() {
        var proxied = gateway.get("/api/membership/v1/members", agentToken());
        var refused = gateway.get("/api/membership/v1/members", null);
        var health = gateway.get("/actuator/health", null);

        for (var response : new HttpResponse<?>[] {proxied, refused, health}) {
            var headers = response.headers();
            assertThat(headers.firstValue("Strict-Transport-Security"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("max-age="));
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
        }
    }

    @Test
    void allowsCorsPreflightFromAConfiguredOrigin() {
        var response = gateway.send(preflight("http://localhost:5173"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(v -> assertThat(v).contains("POST"));
    }

    @Test
    void refusesCorsPreflightFromAnotherOrigin() {
        var response = gateway.send(preflight("https://evil.example"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpRequest preflight(String origin) {
        return gateway.request("/api/membership/v1/members")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", BodyPublishers.noBody())
                .build();
    }

    @Test
    void answersServiceUnavailableProblemPromptlyWhenTheServiceIsDown() {
        Instant start = Instant.now();

        var response = gateway.get("/api/scheduling/v1/rosters", agentToken());

        assertProblem(response, 503, "service-unavailable");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void answersGatewayTimeoutProblemWhenTheServiceIsTooSlow() {
        Instant start = Instant.now();

        var response = gateway.get("/api/membership/v1/slow/members", agentToken());

        assertProblem(response, 504, "gateway-timeout");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMillis(4_500));
    }

    @Test
    void answersServiceBusyWithRetryAfterWhenAServiceHasAsManyCallsAsItTakes() throws Exception {
        String token = agentToken();
        List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, 4)
                .mapToObj(call ->
                        CompletableFuture.supplyAsync(() -> gateway.get("/api/guides/v1/unhurried/guides", token)))
                .toList();
        List<HttpResponse<String>> responses =
                calls.stream().map(CompletableFuture::join).toList();

        assertThat(responses).extracting(HttpResponse::statusCode).contains(200, 503);
        HttpResponse<String> refused = responses.stream()
                .filter(response -> response.statusCode() == 503)
                .findFirst()
                .orElseThrow();
        assertProblem(refused, 503, "service-busy");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
    }

    @Test
    void waitsForAServiceThatAnswersWithinTheTimeout() {
        var response = gateway.get("/api/membership/v1/unhurried/members", agentToken());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void exposesHealthWithoutToken() {
        var response = gateway.get("/actuator/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("status").asString()).isEqualTo("UP");
    }

    private static void assertUnauthorizedProblem(HttpResponse<String> response) {
        assertProblem(response, 401, "unauthorized");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://hotline.ddh.dk/problems/" + slug);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
    }
}
