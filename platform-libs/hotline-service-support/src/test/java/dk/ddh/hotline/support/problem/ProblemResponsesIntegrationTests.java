package dk.ddh.hotline.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.BadInput;
import dk.ddh.hotline.test.BadInputSweep;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import dk.ddh.hotline.test.TestTokens;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every refusal is RFC 9457 problem+json with the platform's type, never a stack trace, and nothing is stored. */
@HotlineIntegrationTest
class ProblemResponsesIntegrationTests {

    private static final String TYPE = "https://hotline.ddh.dk/problems/";
    private static final String NOTES = "/members/253/notes";

    @LocalServerPort
    int port;

    @Autowired
    DataSource database;

    private final String greveAdmin =
            TestTokens.forRoles("MEMBER_ADMIN").member("253").mint();

    @Test
    void malformedJsonIsABadRequest() {
        Response reply = http().post(greveAdmin, NOTES, "{\"id\": \"n1\", ");

        assertProblem(reply, 400, "malformed-request");
        assertThat(reply.text()).doesNotContain("Exception").doesNotContain("at ");
        assertNotStored("n1");
    }

    @Test
    void unknownEnumValueNamesTheFieldAndTheAllowedValues() {
        Response reply = http().post(greveAdmin, NOTES, """
                {"id": "n2", "text": "MitID app", "kind": "LETTER"}""");

        assertProblem(reply, 400, "validation-failed");
        assertThat(reply.body().path("errors").get(0).path("field").asString()).isEqualTo("kind");
        assertThat(reply.body().path("errors").get(0).path("message").asString())
                .contains("CALL")
                .contains("CHAT");
        assertNotStored("n2");
    }

    @Test
    void validationListsEveryInvalidField() {
        Response reply = http().post(greveAdmin, NOTES, """
                {"id": "", "text": "Borger opgav 010203-1234 i opkaldet"}""");

        assertProblem(reply, 400, "validation-failed");
        assertThat(reply.body()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("field").asString() + ": "
                                + e.path("message").asString()))
                .containsExactlyInAnyOrder(
                        "id: must not be blank", "text: must not contain a CPR number", "kind: must not be null");
    }

    static Stream<BadInput> badNotes() {
        return Stream.of(
                BadInput.post("NUL in a text", NOTES, """
                        {"id": "n5", "text": "MitID\\u0000", "kind": "CALL"}""", "text"),
                BadInput.post("escape in an id", NOTES, """
                        {"id": "n5\\u001b", "text": "MitID", "kind": "CALL"}""", "id"),
                BadInput.post("enum by number", NOTES, """
                        {"id": "n5", "text": "MitID", "kind": 1}""", "kind"),
                BadInput.post("enum with a trailing NUL", NOTES, """
                        {"id": "n5", "text": "MitID", "kind": "CALL\\u0000"}""", "kind"));
    }

    @ParameterizedTest
    @MethodSource("badNotes")
    void badInputIsAFieldErrorAndWritesNothing(BadInput input) {
        new BadInputSweep(port, database).assertRefused(greveAdmin, input);
    }

    @Test
    void aRefusedEnumNamesTheAllowedValues() {
        Response reply = http().post(greveAdmin, NOTES, """
                {"id": "n6", "text": "MitID", "kind": "1"}""");

        assertProblem(reply, 400, "validation-failed");
        assertThat(reply.body().path("errors").get(0).path("message").asString())
                .isEqualTo("must be one of [CALL, CHAT]");
    }

    @Test
    void unknownThingIsNotFound() {
        Response reply = http().get(greveAdmin, "/notes/missing");

        assertProblem(reply, 404, "not-found");
        assertThat(reply.body().path("id").asString()).isEqualTo("missing");
    }

    @Test
    void unknownPathIsNotFoundToo() {
        assertProblem(http().get(greveAdmin, "/no/such/path"), 404, "not-found");
    }

    @Test
    void conflictNamesTheClash() {
        String note = """
                {"id": "n3", "text": "Digital Post", "kind": "CALL"}""";
        assertThat(http().post(greveAdmin, NOTES, note).status()).isEqualTo(201);

        Response reply = http().post(greveAdmin, NOTES, note);

        assertProblem(reply, 409, "note-exists");
        assertThat(reply.body().path("noteId").asString()).isEqualTo("n3");
    }

    @Test
    void anotherMembersAdminIsForbidden() {
        String koegeAdmin = TestTokens.forRoles("MEMBER_ADMIN").member("259").mint();

        Response reply = http().post(koegeAdmin, NOTES, """
                {"id": "n4", "text": "MitID", "kind": "CALL"}""");

        assertProblem(reply, 403, "forbidden");
        assertNotStored("n4");
    }

    @Test
    void missingTokenIsUnauthorized() {
        Response reply = http().get(null, "/notes/n1");

        assertProblem(reply, 401, "unauthorized");
        assertThat(reply.raw().headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(header -> assertThat(header).startsWith("Bearer"));
    }

    @Test
    void expiredForeignAndMisaddressedTokensAreUnauthorized() {
        assertProblem(http().get(TestTokens.forRoles("AGENT").expired().mint(), "/notes/n1"), 401, "unauthorized");
        assertProblem(
                http().get(TestTokens.forRoles("AGENT").foreignIssuer().mint(), "/notes/n1"), 401, "unauthorized");
        assertProblem(
                http().get(TestTokens.forRoles("AGENT").audience("someone-else").mint(), "/notes/n1"),
                401,
                "unauthorized");
    }

    @Test
    void probesAndTheServicesPublicPathsNeedNoToken() {
        assertThat(http().get(null, "/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(http().get(null, "/public/notes/count").status()).isEqualTo(200);
    }

    private TestHttp http() {
        return TestHttp.onPort(port);
    }

    private void assertNotStored(String noteId) {
        assertThat(http().get(greveAdmin, "/notes/" + noteId).status()).isEqualTo(404);
    }

    private static void assertProblem(Response reply, int status, String slug) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().path("type").asString()).as(reply.text()).isEqualTo(TYPE + slug);
        assertThat(reply.body().path("status").asInt()).isEqualTo(status);
        assertThat(reply.body().path("detail").asString()).isNotBlank();
    }
}
