package dk.ddh.hotline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import dk.ddh.hotline.test.TestIssuer;
import dk.ddh.hotline.test.TestTokens;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    TestHttp gateway;

    @BeforeEach
    void connect() {
        gateway = TestHttp.onPort(port);
    }

    private static String agentToken() {
        return TestTokens.forRoles("AGENT").member("253").mint();
    }

    @Test
    void routesApiCallsToTheServiceWithPathQueryAndAuthorizationUnchanged() {
        String token = agentToken();

        var response = gateway.get(token, "/api/membership/v1/members/253?page=0&size=5");

        assertThat(response.status()).isEqualTo(200);
        JsonNode echo = response.body();
        assertThat(echo.get("method").asString()).isEqualTo("GET");
        assertThat(echo.get("path").asString()).isEqualTo("/api/membership/v1/members/253");
        assertThat(echo.get("query").asString()).isEqualTo("page=0&size=5");
        assertThat(echo.get("authorization").asString()).isEqualTo("Bearer " + token);
    }

    @Test
    void keepsNoSessionForRequestsWithABearerToken() {
        String token = agentToken();
        List<String> sessionsBefore = sessions();

        var read = gateway.get(token, "/api/membership/v1/members");
        var write = gateway.post(token, "/api/membership/v1/members", "{}");

        assertThat(List.of(read.status(), write.status())).containsOnly(200);
        assertThat(read.header("Set-Cookie")).isNull();
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
        var response = gateway.post(agentToken(), "/api/membership/v1/members", "{\"name\":\"Greve Kommune\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("method").asString()).isEqualTo("POST");
        assertThat(response.body().get("bodyBytes").asInt()).isEqualTo(24);
    }

    @Test
    void propagatesTraceContextAndRequestIdToTheService() {
        var response = gateway.send(
                "GET", agentToken(), "/api/membership/v1/members", null, Map.of("X-Request-Id", "support-case-42"));

        JsonNode echo = response.body();
        assertThat(echo.get("traceparent").asString()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        assertThat(echo.get("requestId").asString()).isEqualTo("support-case-42");
        assertThat(response.header("X-Request-Id")).isEqualTo("support-case-42");
    }

    @Test
    void replacesARequestIdThatIsNotPlainText() {
        var response = gateway.send(
                "GET", agentToken(), "/api/membership/v1/members", null, Map.of("X-Request-Id", "x\tforged log line"));

        String forwarded = response.body().get("requestId").asString();
        assertThat(forwarded).matches("[0-9a-f-]{36}");
        assertThat(response.header("X-Request-Id")).isEqualTo(forwarded);
    }

    @Test
    void rejectsRequestWithoutTokenAsProblem() {
        var response = gateway.get(null, "/api/membership/v1/members");

        assertUnauthorizedProblem(response);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void rejectsExpiredToken() {
        var response =
                gateway.get(TestTokens.forRoles("AGENT").member("253").expired().mint(), "/api/membership/v1/members");

        assertUnauthorizedProblem(response);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
    }

    @Test
    void rejectsTokenFromForeignIssuer() {
        var response = gateway.get(
                TestTokens.forRoles("AGENT").member("253").foreignIssuer().mint(), "/api/membership/v1/members");

        assertUnauthorizedProblem(response);
    }

    @Test
    void rejectsTokenIssuedForAnotherAudience() {
        var response = gateway.get(
                TestTokens.forRoles("AGENT").member("253").audience("other").mint(), "/api/membership/v1/members");

        assertUnauthorizedProblem(response);
    }

    @Test
    void rejectsMalformedToken() {
        assertUnauthorizedProblem(gateway.get("not-a-jwt", "/api/membership/v1/members"));
    }

    @Test
    void letsConfiguredPublicPathsThroughWithoutToken() {
        var open = gateway.get(null, "/api/guides/v1/public/opening-hours");
        var closed = gateway.get(null, "/api/guides/v1/guides");

        assertThat(open.status()).isEqualTo(200);
        assertThat(open.body().get("path").asString()).isEqualTo("/api/guides/v1/public/opening-hours");
        assertUnauthorizedProblem(closed);
    }

    @Test
    void publishesEachServicesOpenApiDocumentWithoutToken() {
        var response = gateway.get(null, "/api/membership/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo(EchoBackend.API_DOCS);
    }

    @Test
    void listsEveryConfiguredServiceInSwaggerUi() {
        var config = gateway.get(null, "/v3/api-docs/swagger-config");
        var ui = gateway.get(null, "/swagger-ui/index.html");

        assertThat(config.status()).isEqualTo(200);
        assertThat(config.body().get("urls").findValuesAsString("url"))
                .containsExactlyInAnyOrder(
                        "/api/call-log/v3/api-docs",
                        "/api/guides/v3/api-docs",
                        "/api/membership/v3/api-docs",
                        "/api/scheduling/v3/api-docs");
        assertThat(ui.status()).isEqualTo(200);
    }

    @Test
    void refusesBodyLargerThanTheLimitAsProblem() {
        var response = gateway.post(agentToken(), "/api/membership/v1/members", new byte[2048]);

        assertProblem(response, 413, "payload-too-large");
    }

    @Test
    void refusesChunkedBodyLargerThanTheLimitAsProblem() {
        var response = gateway.post(
                agentToken(),
                "/api/membership/v1/members",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[4096])));

        assertProblem(response, 413, "payload-too-large");
    }

    @Test
    void addsSecurityHeadersToEveryResponse() {
        var proxied = gateway.get(agentToken(), "/api/membership/v1/members");
        var refused = gateway.get(null, "/api/membership/v1/members");
        var health = gateway.get(null, "/actuator/health");

        for (var response : new Response[] {proxied, refused, health}) {
            assertThat(response.header("Strict-Transport-Security")).startsWith("max-age=");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'");
        }
    }

    @Test
    void allowsCorsPreflightFromAConfiguredOrigin() {
        var response = preflight("http://localhost:5173");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
        assertThat(response.header("Access-Control-Allow-Methods")).contains("POST");
    }

    @Test
    void refusesCorsPreflightFromAnotherOrigin() {
        var response = preflight("https://evil.example");

        assertProblem(response, 403, "forbidden");
        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
    }

    private Response preflight(String origin) {
        return gateway.send(
                "OPTIONS",
                null,
                "/api/membership/v1/members",
                null,
                Map.of(
                        "Origin",
                        origin,
                        "Access-Control-Request-Method",
                        "POST",
                        "Access-Control-Request-Headers",
                        "authorization, content-type"));
    }

    @Test
    void answersServiceUnavailableProblemPromptlyWhenTheServiceIsDown() {
        Instant start = Instant.now();

        var response = gateway.get(agentToken(), "/api/scheduling/v1/rosters");

        assertProblem(response, 503, "service-unavailable");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void answersGatewayTimeoutProblemWhenTheServiceIsTooSlow() {
        Instant start = Instant.now();

        var response = gateway.get(agentToken(), "/api/membership/v1/slow/members");

        assertProblem(response, 504, "gateway-timeout");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMillis(4_500));
    }

    @Test
    void answersServiceBusyWithRetryAfterWhenAServiceHasAsManyCallsAsItTakes() throws Exception {
        String token = agentToken();
        List<CompletableFuture<Response>> calls = IntStream.range(0, 4)
                .mapToObj(call ->
                        CompletableFuture.supplyAsync(() -> gateway.get(token, "/api/guides/v1/unhurried/guides")))
                .toList();
        List<Response> responses = calls.stream().map(CompletableFuture::join).toList();

        assertThat(responses).extracting(Response::status).contains(200, 503);
        Response refused = responses.stream()
                .filter(response -> response.status() == 503)
                .findFirst()
                .orElseThrow();
        assertProblem(refused, 503, "service-busy");
        assertThat(refused.header("Retry-After")).isEqualTo("1");
    }

    @Test
    void waitsForAServiceThatAnswersWithinTheTimeout() {
        var response = gateway.get(agentToken(), "/api/membership/v1/unhurried/members");

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void exposesHealthWithoutToken() {
        var response = gateway.get(null, "/actuator/health");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("status").asString()).isEqualTo("UP");
    }

    private static void assertUnauthorizedProblem(Response response) {
        assertProblem(response, 401, "unauthorized");
    }

    private static void assertProblem(Response response, int status, String slug) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        JsonNode problem = response.body();
        assertThat(problem.get("type").asString()).isEqualTo("https://hotline.ddh.dk/problems/" + slug);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
    }
}
