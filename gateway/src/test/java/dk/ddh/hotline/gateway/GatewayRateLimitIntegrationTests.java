package dk.ddh.hotline.gateway;

import static dk.ddh.hotline.gateway.GatewayClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.TestIssuer;
import dk.ddh.hotline.test.TestTokens;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GatewayRateLimitIntegrationTests {

    private static final int LIMIT = 3;
    private static final int TELEPHONY_LIMIT = 1000;

    private static final EchoBackend backend = EchoBackend.start();

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIssuer::issuerUri);
        registry.add("hotline.gateway.services.membership.uri", backend::uri);
        registry.add("hotline.gateway.services.guides.uri", backend::uri);
        registry.add("hotline.gateway.services.guides.public-paths", () -> "/api/guides/v1/public/**");
        registry.add("hotline.gateway.rate-limit.requests-per-period", () -> LIMIT);
        registry.add("hotline.gateway.rate-limit.period", () -> "1h");
        registry.add("hotline.gateway.rate-limit.clients.partner-telephony.requests-per-period", () -> TELEPHONY_LIMIT);
        registry.add("hotline.gateway.rate-limit.clients.partner-telephony.period", () -> "1h");
    }

    @AfterAll
    static void stopBackend() {
        backend.close();
    }

    @LocalServerPort
    int port;

    GatewayClient gateway;

    @BeforeEach
    void connect() {
        gateway = new GatewayClient(port);
    }

    @Test
    void refusesAClientOverItsLimitWhileAnotherClientStillPasses() {
        String greedy = TestTokens.forRoles("PARTNER").subject("greedy-partner").mint();
        String modest = TestTokens.forRoles("PARTNER").subject("modest-partner").mint();

        List<HttpResponse<String>> allowed = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            allowed.add(gateway.get("/api/membership/v1/members", greedy));
        }
        var refused = gateway.get("/api/membership/v1/members", greedy);
        var other = gateway.get("/api/membership/v1/members", modest);

        assertThat(allowed).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(allowed)
                .extracting(response ->
                        response.headers().firstValue("X-RateLimit-Remaining").orElseThrow())
                .containsExactly("2", "1", "0");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(refused);
        assertThat(problem.get("type").asString()).isEqualTo("https://hotline.ddh.dk/problems/too-many-requests");
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.headers().firstValue("X-RateLimit-Remaining")).hasValue("2");
    }

    @Test
    void letsAClientWithItsOwnLimitGoOnWhereOtherClientsAreRefused() {
        String telephony =
                TestTokens.forRoles("PARTNER").subject("partner-telephony").mint();
        String other = TestTokens.forRoles("PARTNER").subject("other-partner").mint();

        List<Integer> telephonyStatuses = new ArrayList<>();
        List<Integer> otherStatuses = new ArrayList<>();
        for (int i = 0; i < LIMIT * 5; i++) {
            telephonyStatuses.add(
                    gateway.get("/api/membership/v1/members", telephony).statusCode());
            otherStatuses.add(gateway.get("/api/membership/v1/members", other).statusCode());
        }
        var next = gateway.get("/api/membership/v1/members", telephony);

        assertThat(telephonyStatuses).containsOnly(200);
        assertThat(otherStatuses.subList(0, LIMIT)).containsOnly(200);
        assertThat(otherStatuses.subList(LIMIT, otherStatuses.size())).containsOnly(429);
        assertThat(next.headers().firstValue("X-RateLimit-Remaining"))
                .hasValue(Integer.toString(TELEPHONY_LIMIT - LIMIT * 5 - 1));
    }

    @Test
    void countsAnonymousCallersByAddress() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i <= LIMIT; i++) {
            statuses.add(
                    gateway.get("/api/guides/v1/public/opening-hours", null).statusCode());
        }
        var withToken = gateway.get(
                "/api/membership/v1/members",
                TestTokens.forRoles("AGENT")
                        .subject("agent-behind-same-address")
                        .mint());

        assertThat(statuses).containsExactly(200, 200, 200, 429);
        assertThat(withToken.statusCode()).isEqualTo(200);
    }

    @Test
    void doesNotCountHealthProbes() {
        for (int i = 0; i <= LIMIT * 2; i++) {
            assertThat(gateway.get("/actuator/health", null).statusCode()).isEqualTo(200);
        }
    }
}
