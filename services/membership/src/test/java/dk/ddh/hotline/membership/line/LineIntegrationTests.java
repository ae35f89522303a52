package dk.ddh.hotline.membership.line;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.membership.Members;
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

@HotlineIntegrationTest
class LineIntegrationTests {

    private static final String API = "/api/membership/v1";

    @LocalServerPort
    int port;

    TestHttp api;

    @BeforeEach
    void setUp() {
        api = TestHttp.onPort(port);
        for (String id : List.of("253", "259", "1085")) {
            Members.registerIfAbsent(api, admin(), id, "Medlem " + id, kind(id));
        }
    }

    @Test
    void storesADanishNumberInE164WhateverTheSpelling() {
        Response created = addLine(memberAdminOf("253"), "253", "0045 70 70 02 53", "GENERAL");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("number").asString()).isEqualTo("+4570700253");
        assertThat(created.location().getPath())
                .isEqualTo(API + "/lines/" + created.body().path("lineId").asString());
        assertThat(api.get(token("AGENT"), API + "/members/253/lines")
                        .body()
                        .path("items")
                        .valueStream()
                        .map(line -> line.path("number").asString()))
                .contains("+4570700253");
    }

    @Test
    void listsAMembersLinesAPageAtATimeByNumber() {
        for (String number : List.of("70 70 12 03", "70 70 12 01", "70 70 12 02")) {
            addLine(memberAdminOf("259"), "259", number, "GENERAL");
        }

        Response second = api.get(token("AGENT"), API + "/members/259/lines?page=1&size=2");
        Response tooLarge = api.get(token("AGENT"), API + "/members/259/lines?size=101");

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().path("totalItems").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(second.body().path("size").asInt()).isEqualTo(2);
        assertThat(second.body().path("items").size()).isBetween(1, 2);
        assertThat(api.get(token("AGENT"), API + "/members/259/lines?size=100")
                        .body()
                        .path("items")
                        .valueStream()
                        .map(line -> line.path("number").asString())
                        .filter(number -> number.startsWith("+45707012")))
                .containsExactly("+4570701201", "+4570701202", "+4570701203");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
    }

    @Test
    void findsTheLineOfADialledNumberForTheTelephonySystem() {
        addLine(admin(), "1085", "+45 7070 1085", "HEALTH_APPS");

        Response found = api.get(TestTokens.forRoles("PARTNER").mint(), API + "/lines/by-number/70701085");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().path("memberId").asString()).isEqualTo("1085");
        assertThat(found.body().path("scope").asString()).isEqualTo("HEALTH_APPS");
        assertThat(api.get(token("PARTNER"), API + "/lines/by-number/+4599999999")
                        .status())
                .isEqualTo(404);
        assertThat(api.get(token("PARTNER"), API + "/lines/by-number/not-a-number")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void refusesANumberThatAlreadyBelongsToALine() {
        addLine(admin(), "253", "70700001", "GENERAL");

        Response taken = addLine(admin(), "259", "+4570700001", "HEALTH_APPS");

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.contentType()).startsWith("application/problem+json");
        assertThat(taken.body().path("type").asString()).endsWith("/number-taken");
        assertThat(taken.body().path("number").asString()).isEqualTo("+4570700001");
    }

    @Test
    void givesANumberToOneLineOnlyWhenRegisteredConcurrently() {
        List<CompletableFuture<Response>> attempts = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> addLine(admin(), i % 2 == 0 ? "253" : "259", "70700002", "GENERAL")))
                .toList();

        List<Integer> statuses = attempts.stream()
                .map(CompletableFuture::join)
                .map(Response::status)
                .toList();

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
    }

    @Test
    void rejectsGarbageAsANumberWithAFieldError() {
        Response response = addLine(admin(), "253", "ring til os", "GENERAL");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("field").asString()))
                .contains("number");
    }

    @Test
    void rejectsAnUnknownScope() {
        Response response = addLine(admin(), "253", "70700003", "EVERYTHING");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void changesAndRemovesALineFreeingItsNumber() {
        String lineId = addLine(memberAdminOf("259"), "259", "70700259", "GENERAL")
                .body()
                .path("lineId")
                .asString();

        Response changed = api.put(
                memberAdminOf("259"), API + "/lines/" + lineId, Map.of("number", "70700260", "scope", "HEALTH_APPS"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("number").asString()).isEqualTo("+4570700260");
        assertThat(changed.body().path("scope").asString()).isEqualTo("HEALTH_APPS");

        assertThat(api.delete(memberAdminOf("259"), API + "/lines/" + lineId).status())
                .isEqualTo(204);
        assertThat(api.get(admin(), API + "/lines/" + lineId).status()).isEqualTo(404);
        assertThat(addLine(admin(), "253", "70700260", "GENERAL").status()).isEqualTo(201);
    }

    @Test
    void repeatsALineRegistrationWithTheSameIdempotencyKeyOnce() {
        Map<String, Object> body = Map.of("number", "70700004", "scope", "GENERAL");
        Map<String, String> key = Map.of("Idempotency-Key", "line-70700004");

        Response first = api.post(memberAdminOf("253"), API + "/members/253/lines", body, key);
        Response retry = api.post(memberAdminOf("253"), API + "/members/253/lines", body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body().path("lineId")).isEqualTo(first.body().path("lineId"));
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(api.get(admin(), API + "/members/253/lines")
                        .body()
                        .path("items")
                        .valueStream()
                        .filter(line -> line.path("number").asString().equals("+4570700004")))
                .hasSize(1);
    }

    private Response addLine(String token, String memberId, String number, String scope) {
        return api.post(token, API + "/members/" + memberId + "/lines", Map.of("number", number, "scope", scope));
    }

    private static String kind(String id) {
        return id.length() == 4 ? "REGION" : "MUNICIPALITY";
    }

    private static String memberAdminOf(String memberId) {
        return TestTokens.forRoles("MEMBER_ADMIN").member(memberId).mint();
    }

    private static String admin() {
        return token("DDH_ADMIN");
    }

    private static String token(String role) {
        return TestTokens.forRoles(role).mint();
    }
}
