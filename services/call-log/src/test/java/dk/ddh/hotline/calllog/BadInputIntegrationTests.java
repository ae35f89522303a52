package dk.ddh.hotline.calllog;

import static dk.ddh.hotline.test.BadInput.get;
import static dk.ddh.hotline.test.BadInput.objectWith;
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
 * adding its rows to {@link #agentInputs()} or {@link #telephonyInputs()}.
 */
@HotlineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIntegrationTests {

    private static final String API = "/api/call-log/v1";
    private static final String CONTACTS = API + "/contacts";
    private static final String CALL = API + "/cti/calls/call-1/events";
    private static final String BATCH = API + "/cti/events";

    private final String telephony =
            TestTokens.forRoles("PARTNER").subject("telephony").mint();
    private final String greveAgent =
            TestTokens.forRoles("AGENT").member("253").subject("agent.greve").mint();
    private final String ddhAdmin =
            TestTokens.forRoles("DDH_ADMIN").member("1000").mint();

    @LocalServerPort
    int port;

    @Autowired
    DataSource database;

    private String endedContact;

    @BeforeAll
    void anAgentEndedAChat() {
        TestHttp api = TestHttp.onPort(port);
        Response started = api.post(greveAgent, CONTACTS, """
                {"channel": "CHAT", "memberId": "253"}""");
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        endedContact = started.body().path("contactId").asString();
        assertThat(api.post(greveAgent, CONTACTS + "/" + endedContact + "/end", null)
                        .status())
                .isEqualTo(200);
    }

    Stream<BadInput> agentInputs() {
        String wrapUp = CONTACTS + "/" + endedContact + "/wrap-up";
        return Stream.of(
                post("markup as a member", CONTACTS, """
                        {"channel": "CHAT", "memberId": "<script>"}""", "memberId"),
                post("NUL in a member", CONTACTS, """
                        {"channel": "CHAT", "memberId": "253\\u0000"}""", "memberId"),
                post("channel by number", CONTACTS, """
                        {"channel": 1, "memberId": "253"}""", "channel"),
                post("channel with a trailing NUL", CONTACTS, """
                        {"channel": "CHAT\\u0000", "memberId": "253"}""", "channel"),
                put("NUL in the notes", wrapUp, """
                        {"outcome": "RESOLVED", "notes": "Borger fik hjælp\\u0000"}""", "notes"),
                put("NUL in a system", wrapUp, """
                        {"outcome": "RESOLVED", "systems": ["MitID", "Digital Post\\u0000"]}""", "systems[1]"),
                put("outcome by number", wrapUp, """
                        {"outcome": 0}""", "outcome"),
                put("outcome in lower case", wrapUp, """
                        {"outcome": "resolved"}""", "outcome"));
    }

    Stream<BadInput> telephonyInputs() {
        return Stream.of(
                post("type by number", CALL, offered("type", "0"), "type"),
                post("type by a number in a string", CALL, offered("type", "\"2\""), "type"),
                post("NUL in the agent", CALL, answered("agent", "\"agent.greve\\u0000\""), "agent"),
                post("markup as the agent's member", CALL, answered("agentMemberId", "\"<script>\""), "agentMemberId"),
                post(
                        "NUL in the caller's number",
                        CALL,
                        offered("callerNumber", "\"+4520304050\\u0000\""),
                        "callerNumber"),
                post("a call in 1970", CALL, offered("at", "\"1970-01-01T00:00:00Z\""), "at"),
                post("a call at the end of time", CALL, offered("at", "\"+1000000000-12-31T23:59:59Z\""), "at"),
                post(
                        "NUL in an agent within a batch",
                        BATCH,
                        batch(offered(), answered("agent", "\"agent.greve\\u0000\"")),
                        "events[1].event.agent"),
                post(
                        "markup as the agent's member within a batch",
                        BATCH,
                        batch(offered(), answered("agentMemberId", "\"<script>\"")),
                        "events[1].event.agentMemberId"),
                post(
                        "a call in 1970 within a batch",
                        BATCH,
                        batch(offered("at", "\"1970-01-01T00:00:00Z\"")),
                        "events[0].event.at"),
                post("type by number within a batch", BATCH, batch(offered("type", "1")), "events[0].event.type"));
    }

    Stream<BadInput> adminInputs() {
        String statistics = API + "/statistics";
        String costs = API + "/costs";
        return Stream.of(
                get("statistics from year 10,000", statistics + "?from=%2B10000-01-01&to=%2B10000-01-31", "from"),
                get("statistics to a day before 2000", statistics + "?from=1999-12-01&to=1999-12-31", "from"),
                get("statistics to a day that is no date", statistics + "?from=2026-01-01&to=2026-13-01", "to"),
                get("an export to year 10,000", statistics + "/export?from=2026-01-01&to=%2B10000-01-01", "to"),
                get("a heat map from year 0", statistics + "/heat-map?from=0000-01-01&to=2026-01-31", "from"),
                get("the costs of a month in year 10,000", costs + "?month=%2B10000-01", "month"),
                get("the costs of a month before 2000", costs + "/export?month=1999-12", "month"));
    }

    @ParameterizedTest
    @MethodSource("adminInputs")
    void refusesAnAdminsImplausibleDatesNamingTheParameter(BadInput input) {
        new BadInputSweep(port, database).assertRefused(ddhAdmin, input);
    }

    @ParameterizedTest
    @MethodSource("agentInputs")
    void refusesAnAgentsBadInputNamingTheFieldAndWritesNothing(BadInput input) {
        new BadInputSweep(port, database).assertRefused(greveAgent, input);
    }

    @ParameterizedTest
    @MethodSource("telephonyInputs")
    void refusesTheTelephonysBadInputNamingTheFieldAndWritesNothing(BadInput input) {
        new BadInputSweep(port, database).assertRefused(telephony, input);
    }

    /** An OFFERED event of a known line, with one field (as raw JSON) replaced or added. */
    private static String offered(String field, String json) {
        return objectWith(
                Map.of("type", "\"OFFERED\"", "at", "\"2026-11-23T09:00:00Z\"", "dialledNumber", "\"+4570101253\""),
                field,
                json);
    }

    private static String offered() {
        return offered("type", "\"OFFERED\"");
    }

    /** An ANSWERED event, with one field (as raw JSON) replaced or added. */
    private static String answered(String field, String json) {
        return objectWith(
                Map.of(
                        "type",
                        "\"ANSWERED\"",
                        "at",
                        "\"2026-11-23T09:00:20Z\"",
                        "agent",
                        "\"agent.greve\"",
                        "agentMemberId",
                        "\"253\""),
                field,
                json);
    }

    private static String batch(String... events) {
        StringBuilder batch = new StringBuilder("{\"events\": [");
        for (int i = 0; i < events.length; i++) {
            batch.append(i == 0 ? "" : ", ")
                    .append("{\"callId\": \"call-2\", \"event\": ")
                    .append(events[i])
                    .append('}');
        }
        return batch.append("]}").toString();
    }
}
