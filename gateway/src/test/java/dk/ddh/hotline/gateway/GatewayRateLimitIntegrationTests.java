package dk.ddh.hotline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import dk.ddh.hotline.test.TestIssuer;
import dk.ddh.hotline.test.TestTokens;
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

    TestHttp gateway;

    @BeforeEach
    void connect() {
        gateway = TestHttp.onPort(port);
    }

    @Test
    void refusesAClientOverItsLimitWhileAnotherClientStillPasses() {
        String greedy = TestTokens.forRoles("PARTNER").subject("greedy-partner").mint();
        String modest = TestTokens.forRoles("PARTNER").subject("modest-partner").mint();

        List<Response> allowed = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            allowed.add(gateway.get(greedy, "/api/membership/v1/members"));
        }
        var refused = gateway.get(greedy, "/api/membership/v1/members");
        var other = gateway.get(modest, "/api/membership/v1/members");

        assertThat(allowed).extracting(Response::status).containsOnly(200);
        assertThat(allowed)
                .extracting(response -> response.header("X-RateLimit-Remaining"))
                .containsExactly("2", "1", "0");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        JsonNode problem = refused.body();
        assertThat(problem.get("type").asString()).isEqualTo("https://hotline.ddh.dk/problems/too-many-requests");
        assertThat(refused.header("Retry-After"))
                .satisfies(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.header("X-RateLimit-Remaining")).isEqualTo("2");
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
                    gateway.get(telephony, "/api/membership/v1/members").status());
            otherStatuses.add(gateway.get(other, "/api/membership/v1/members").status());
        }
        var next = gateway.get(telephony, "/api/membership/v1/members");

        assertThat(telephonyStatuses).containsOnly(200);
        assertThat(otherStatuses.subList(0, LIMIT)).containsOnly(200);
        assertThat(otherStatuses.subList(LIMIT, otherStatuses.size())).containsOnly(429);
        assertThat(next.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(TELEPHONY_LIMIT - LIMIT * 5 - 1));
    }

    @Test
    void countsAnonymousCallersByAddress() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i <= LIMIT; i++) {
            statuses.add(
                    gateway.get(null, "/api/guides/v1/public/opening-hours").status());
        }
        var withToken = gateway.get(
                TestTokens.forRoles("AGENT")
                        .subject("agent-behind-same-address")
                        .mint(),
                "/api/membership/v1/members");

        assertThat(statuses).containsExactly(200, 200, 200, 429);
        assertThat(withToken.status()).isEqualTo(200);
    }

    @Test
    void doesNotCountHealthProbes() {
        for (int i = 0; i <= LIMIT * 2; i++) {
            assertThat(gateway.get(null, "/actuator/health").status()).isEqualTo(200);
        }
    }
}
