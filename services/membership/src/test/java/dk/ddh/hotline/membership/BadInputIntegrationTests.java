package dk.ddh.hotline.membership;

import static dk.ddh.hotline.test.BadInput.get;
import static dk.ddh.hotline.test.BadInput.post;
import static dk.ddh.hotline.test.BadInput.put;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.BadInput;
import dk.ddh.hotline.test.BadInputSweep;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import dk.ddh.hotline.test.TestTokens;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every write endpoint refuses bad input with a 400 naming the field and writes nothing: a new endpoint is covered by
 * adding its rows to {@link #badInputs()}.
 */
@HotlineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIntegrationTests {

    private static final String API = "/api/membership/v1";

    private final String ddhAdmin =
            TestTokens.forRoles("DDH_ADMIN").member("1000").mint();

    @LocalServerPort
    int port;

    @Autowired
    DataSource database;

    private String agentId;
    private String lineId;

    @BeforeAll
    void registerAMemberWithAnAgentAndALine() {
        TestHttp api = TestHttp.onPort(port);
        Members.registerIfAbsent(api, ddhAdmin, "253", "Greve Kommune", "MUNICIPALITY");
        Response agent = api.post(
                ddhAdmin,
                API + "/members/253/agents",
                Map.of("name", "Mette Hansen", "workEmail", "mette.hansen@greve.dk"));
        Response line =
                api.post(ddhAdmin, API + "/members/253/lines", Map.of("number", "70 20 30 40", "scope", "GENERAL"));
        assertThat(agent.status()).isEqualTo(201);
        assertThat(line.status()).isEqualTo(201);
        agentId = agent.body().path("agentId").asString();
        lineId = line.body().path("lineId").asString();
    }

    Stream<BadInput> badInputs() {
        String members = API + "/members";
        String transitions = members + "/253/transitions";
        String terms = members + "/253/terms";
        String agents = members + "/253/agents";
        String lines = members + "/253/lines";
        String agent = API + "/agents/" + agentId;
        String line = API + "/lines/" + lineId;
        String longKey = "k".repeat(201);
        return Stream.of(
                post("NUL in a name", members, """
                        {"memberId": "259", "name": "Køge\\u0000", "kind": "MUNICIPALITY"}""", "name"),
                post("a line break in a name", members, """
                        {"memberId": "259", "name": "Køge\\nKommune", "kind": "MUNICIPALITY"}""", "name"),
                post("a tab in a name", members, """
                        {"memberId": "259", "name": "Køge\\tKommune", "kind": "MUNICIPALITY"}""", "name"),
                post("escape in a member id", members, """
                        {"memberId": "259\\u001b", "name": "Køge", "kind": "MUNICIPALITY"}""", "memberId"),
                post("markup as a member id", members, """
                        {"memberId": "<script>", "name": "Køge", "kind": "MUNICIPALITY"}""", "memberId"),
                post("kind by number", members, """
                        {"memberId": "259", "name": "Køge", "kind": 1}""", "kind"),
                post("kind by a number in a string", members, """
                        {"memberId": "259", "name": "Køge", "kind": "1"}""", "kind"),
                post("kind in lower case", members, """
                        {"memberId": "259", "name": "Køge", "kind": "region"}""", "kind"),
                post("name as a number", members, """
                        {"memberId": "259", "name": 259, "kind": "MUNICIPALITY"}""", "name"),
                post("idempotency key over 200 characters", members, """
                                {"memberId": "259", "name": "Køge", "kind": "MUNICIPALITY"}""", "Idempotency-Key")
                        .withHeader("Idempotency-Key", longKey),
                post("status by number", transitions, """
                        {"to": 1}""", "to"),
                post("status by a number in a string", transitions, """
                        {"to": "2"}""", "to"),
                post("status with a trailing NUL", transitions, """
                        {"to": "LEFT\\u0000"}""", "to"),
                put(
                        "pilot end in year 10,000,000",
                        terms,
                        terms("2026-01-01", "+10000000-01-01", "SELF", ""),
                        "pilotEnd"),
                put(
                        "pilot from the first to the last day Java knows",
                        terms,
                        terms("-999999999-01-01", "+999999999-12-31", "SELF", ""),
                        "pilotStart"),
                put("pilot start before 2000", terms, terms("1999-12-31", "2026-12-31", "SELF", ""), "pilotStart"),
                put(
                        "onboarding wave of 2^31",
                        terms,
                        terms("2026-01-01", "2026-12-31", "SELF", ", \"onboardingWave\": 2147483648"),
                        "onboardingWave"),
                put(
                        "onboarding wave of 2^63",
                        terms,
                        terms("2026-01-01", "2026-12-31", "SELF", ", \"onboardingWave\": 9223372036854775808"),
                        "onboardingWave"),
                put("payer with a trailing NUL", terms, terms("2026-01-01", "2026-12-31", "SELF\\u0000", ""), "payer"),
                put(
                        "markup as a sponsor",
                        terms,
                        terms("2026-01-01", "2026-12-31", "SPONSOR", ", \"sponsorId\": \"<script>\""),
                        "sponsorId"),
                post("NUL in an agent's name", agents, """
                        {"name": "Mette\\u0000", "workEmail": "mette@greve.dk"}""", "name"),
                post("a line break in an agent's name", agents, """
                        {"name": "Mette\\nHansen", "workEmail": "mette@greve.dk"}""", "name"),
                post("NUL in an agent's email", agents, """
                        {"name": "Mette", "workEmail": "mette@greve.dk\\u0000"}""", "workEmail"),
                post("idempotency key over 200 characters for an agent", agents, """
                                {"name": "Mette", "workEmail": "mette2@greve.dk"}""", "Idempotency-Key")
                        .withHeader("Idempotency-Key", longKey),
                put("NUL in a changed agent's name", agent, """
                        {"name": "Mette\\u0000", "workEmail": "mette@greve.dk", "active": true}""", "name"),
                put("a tab in a changed agent's name", agent, """
                        {"name": "Mette\\tHansen", "workEmail": "mette@greve.dk", "active": true}""", "name"),
                put("active as a string", agent, """
                        {"name": "Mette", "workEmail": "mette@greve.dk", "active": "false"}""", "active"),
                post("NUL in a number", lines, """
                        {"number": "70 20 30 41\\u0000", "scope": "GENERAL"}""", "number"),
                post("scope by number", lines, """
                        {"number": "70 20 30 41", "scope": 0}""", "scope"),
                post("idempotency key over 200 characters for a line", lines, """
                                {"number": "70 20 30 41", "scope": "GENERAL"}""", "Idempotency-Key")
                        .withHeader("Idempotency-Key", longKey),
                put("scope with a trailing NUL", line, """
                        {"number": "70 20 30 40", "scope": "HEALTH_APPS\\u0000"}""", "scope"),
                get("the payer on a day in year 10,000", members + "/253/payer?on=%2B10000-01-01", "on"),
                get("the payer on a day before 2000", members + "/253/payer?on=1999-12-31", "on"),
                get("the payer on a day that is no date", members + "/253/payer?on=31.12.2026", "on"));
    }

    private static String terms(String pilotStart, String pilotEnd, String payer, String more) {
        return """
                {"pilotStart": "%s", "pilotEnd": "%s", "payer": "%s", "committedHoursPerWeek": 10%s}""".formatted(pilotStart, pilotEnd, payer, more);
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void refusesNamingTheFieldAndWritesNothing(BadInput input) {
        new BadInputSweep(port, database).assertRefused(ddhAdmin, input);
    }
}
