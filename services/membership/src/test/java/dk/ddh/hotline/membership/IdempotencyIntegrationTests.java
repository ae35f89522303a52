package dk.ddh.hotline.membership;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import dk.ddh.hotline.test.TestTokens;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The support library's Idempotency-Key handling, as a partner meets it on membership's writes. */
@HotlineIntegrationTest
class IdempotencyIntegrationTests {

    private static final String API = "/api/membership/v1";

    @LocalServerPort
    int port;

    TestHttp api;

    @BeforeEach
    void setUp() {
        api = TestHttp.onPort(port);
        Members.registerIfAbsent(api, admin(), "253", "Greve Kommune", "MUNICIPALITY");
    }

    @Test
    void aRetriedLineRegistrationIsReplayedWithItsLocationAndMarked() {
        Map<String, String> number = Map.of("number", "70 20 30 51", "scope", "GENERAL");
        Map<String, String> key = Map.of("Idempotency-Key", "line-70203051");

        Response first = api.post(admin(), API + "/members/253/lines", number, key);
        Response retry = api.post(admin(), API + "/members/253/lines", number, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(retry.contentType()).startsWith("application/json");
        assertThat(retry.body()).isEqualTo(first.body());
    }

    @Test
    void aRefusedWriteKeepsNoKeySoTheCorrectedRequestMayUseIt() {
        Map<String, String> key = Map.of("Idempotency-Key", "agent-first-try");

        Response refused = api.post(
                admin(), API + "/members/253/agents", Map.of("name", "Sofie Lund", "workEmail", "not-an-email"), key);
        Response corrected = api.post(
                admin(), API + "/members/253/agents", Map.of("name", "Sofie Lund", "workEmail", "sl@greve.dk"), key);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void concurrentDuplicatesRegisterOneMemberAndAllGetItsResponse() {
        Map<String, String> body = Map.of("memberId", "320", "name", "Faxe Kommune", "kind", "MUNICIPALITY");
        Map<String, String> key = Map.of("Idempotency-Key", "register-faxe");
        String token = admin();

        List<Response> responses = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> api.post(token, API + "/members", body, key)))
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .toList();

        assertThat(responses).extracting(Response::status).containsOnly(201);
        assertThat(responses)
                .extracting(response -> response.body().path("memberId").asString())
                .containsOnly("320");
        assertThat(responses)
                .filteredOn(response -> response.header("Idempotent-Replayed") == null)
                .hasSize(1);
    }

    @Test
    void theSameKeyOfAnotherCallerIsAnotherWrite() {
        Map<String, String> key = Map.of("Idempotency-Key", "shared-key");

        Response ddh =
                api.post(admin(), API + "/members/253/lines", Map.of("number", "70 20 30 52", "scope", "GENERAL"), key);
        Response other = api.post(
                TestTokens.forRoles("DDH_ADMIN").subject("other-admin").mint(),
                API + "/members/253/lines",
                Map.of("number", "70 20 30 53", "scope", "GENERAL"),
                key);

        assertThat(ddh.status()).isEqualTo(201);
        assertThat(other.status()).isEqualTo(201);
        assertThat(other.body().path("number").asString()).isEqualTo("+4570203053");
    }

    @Test
    void aKeyThatIsBlankTooLongOrNotPrintableIsRefusedNamingTheHeader() {
        Map<String, String> body = Map.of("memberId", "330", "name", "Slagelse Kommune", "kind", "MUNICIPALITY");

        for (String key : List.of(" ", "x".repeat(201), "two words", "a\"quote")) {
            Response refused = api.post(admin(), API + "/members", body, Map.of("Idempotency-Key", key));

            assertThat(refused.status()).as(key).isEqualTo(400);
            assertThat(refused.contentType()).as(key).startsWith("application/problem+json");
            assertThat(refused.body().path("errors").get(0).path("field").asString())
                    .isEqualTo("Idempotency-Key");
        }
        assertThat(api.get(admin(), API + "/members/330").status()).isEqualTo(404);
    }

    @Test
    void aHeaderWithAControlCharacterIsRefusedAsAProblemByTheFirewall() {
        Response refused = api.post(
                admin(),
                API + "/members",
                Map.of("memberId", "330", "name", "Slagelse Kommune", "kind", "MUNICIPALITY"),
                Map.of("Idempotency-Key", "tab\there"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("type").asString()).endsWith("/rejected-request");
    }

    private static String admin() {
        return TestTokens.forRoles("DDH_ADMIN").mint();
    }
}
