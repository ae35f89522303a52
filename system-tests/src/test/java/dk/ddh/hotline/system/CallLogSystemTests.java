package dk.ddh.hotline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The call log through the gateway of the {@link Platform running platform}: membership announces Greve's line and
 * its region-paid pilot; the phone platform reports one call (twice, as after a timeout) and a batch of two; Greve's
 * agent wraps the first up;
 * statistics, costs and retention as administrators and operators see them.
 */
class CallLogSystemTests {

    private static final String MARCH = "from=2026-03-01&to=2026-03-31&memberId=253";

    private static Platform platform;
    private static String contactId;

    @BeforeAll
    static void greveInAPilotTakesACall() throws Exception {
        platform = Platform.running();
        String ddh = platform.token("demo-ddh-admin");
        platform.registerMemberIfAbsent("1085", "Region Sjælland", "REGION");
        platform.registerMemberIfAbsent("253", "Greve Kommune", "MUNICIPALITY");
        HttpResponse<String> terms = platform.send("PUT", "/api/membership/v1/members/253/terms", ddh, """
                {"pilotStart": "2026-01-01", "pilotEnd": "2027-12-31", "payer": "SPONSOR", "sponsorId": "1085",
                 "committedHoursPerWeek": 12}""");
        assertThat(terms.statusCode()).as(terms.body()).isEqualTo(200);
        HttpResponse<String> line = platform.send("POST", "/api/membership/v1/members/253/lines", ddh, """
                {"number": "70 70 02 53", "scope": "GENERAL"}""");
        assertThat(line.statusCode()).as(line.body()).isEqualTo(201);
        awaitCallLogKnowsGrevesPilotLine();

        String telephony = platform.token("partner-telephony");
        JsonNode reported = null;
        for (int delivery = 0; delivery < 2; delivery++) {
            cti(telephony, """
                    {"type": "OFFERED", "at": "2026-03-02T09:00:00Z", "dialledNumber": "70 70 02 53",
                     "callerNumber": "+45 20 30 40 50"}""");
            cti(telephony, """
                    {"type": "ANSWERED", "at": "2026-03-02T09:00:25Z", "agent": "demo-agent", "agentMemberId": "253"}""");
            reported = cti(telephony, """
                    {"type": "ENDED", "at": "2026-03-02T09:05:25Z"}""");
        }
        contactId = reported.get("contactId").asString();
    }

    @Test
    void aCallReportedTwiceIsOneContactOfGreve() {
        JsonNode march = statistics(platform.token("demo-admin-greve"), "");

        assertThat(march.get("offered").asLong()).isEqualTo(1);
        JsonNode contact =
                Platform.json(platform.get("/api/call-log/v1/contacts/" + contactId, platform.token("demo-ddh-admin")));
        assertThat(contact.get("memberId").asString()).isEqualTo("253");
        assertThat(contact.get("waitSeconds").asLong()).isEqualTo(25);
        assertThat(contact.toString()).doesNotContain("20304050");
    }

    @Test
    void aNoteWithACprNumberIsRefusedAndTheCleanOneIsKeptUntilRetentionErasesIt() {
        String agent = platform.token("demo-agent");
        String wrapUp = "/api/call-log/v1/contacts/" + contactId + "/wrap-up";

        HttpResponse<String> refused = platform.send("PUT", wrapUp, agent, """
                {"outcome": "RESOLVED", "systems": ["MitID"], "notes": "Borger 010203-1234 kunne ikke logge på"}""");
        Platform.assertProblem(refused, 400, "validation-failed");
        assertThat(Platform.json(refused).get("errors").get(0).get("field").asString())
                .isEqualTo("notes");

        HttpResponse<String> wrapped = platform.send("PUT", wrapUp, agent, """
                {"outcome": "RESOLVED", "systems": ["MitID"], "notes": "Hjalp med ny MitID-app"}""");
        assertThat(wrapped.statusCode()).as(wrapped.body()).isEqualTo(200);

        // The call was in March: its notes are older than the 90 days notes are kept.
        String operator = platform.token("demo-ddh-admin");
        HttpResponse<String> run = platform.send("POST", "/api/call-log/v1/retention/runs", operator, null);
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        assertThat(Platform.json(run).get("notesErased").asInt()).isEqualTo(1);
        JsonNode contact = Platform.json(platform.get("/api/call-log/v1/contacts/" + contactId, operator));
        assertThat(contact.get("notes").isNull()).isTrue();
        assertThat(contact.get("outcome").asString()).isEqualTo("RESOLVED");

        JsonNode march = statistics(platform.token("demo-admin-greve"), "");
        assertThat(march.get("answered").asLong()).isEqualTo(1);
        assertThat(march.get("answeredInTime").asLong()).isEqualTo(1);
        assertThat(march.get("averageWaitSeconds").decimalValue()).isEqualByComparingTo("25.0");
        assertThat(march.get("averageHandlingSeconds").decimalValue()).isEqualByComparingTo("300.0");
        assertThat(march.get("firstContactResolution").decimalValue()).isEqualByComparingTo("1");
        HttpResponse<String> csv = platform.get(
                "/api/call-log/v1/statistics/export?" + MARCH + "&period=MONTH", platform.token("demo-admin-greve"));
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body().lines().skip(1))
                .containsExactly("2026-03-01,ALL,1,1,0,1,1.0000,25.0,300.0,1.0000,0.0000");
    }

    @Test
    void aBatchOfTwoCallsReportedTwiceIsTwoContacts() {
        String batch = """
                {"events": [
                  {"callId": "sys-batch-1", "event": {"type": "OFFERED", "at": "2026-04-07T10:00:00Z", "dialledNumber": "70700253"}},
                  {"callId": "sys-batch-2", "event": {"type": "OFFERED", "at": "2026-04-07T10:00:10Z", "dialledNumber": "70700253"}},
                  {"callId": "sys-batch-1", "event": {"type": "ANSWERED", "at": "2026-04-07T10:00:40Z", "agent": "demo-agent"}},
                  {"callId": "sys-batch-2", "event": {"type": "ENDED", "at": "2026-04-07T10:01:10Z"}},
                  {"callId": "sys-batch-1", "event": {"type": "ENDED", "at": "2026-04-07T10:03:40Z"}}
                ]}""";
        String telephony = platform.token("partner-telephony");

        for (int delivery = 0; delivery < 2; delivery++) {
            HttpResponse<String> recorded = platform.send("POST", "/api/call-log/v1/cti/events", telephony, batch);
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
            assertThat(Platform.json(recorded).get("contacts"))
                    .extracting(contact -> contact.get("memberId").asString())
                    .containsExactly("253", "253");
        }
        HttpResponse<String> april = platform.get(
                "/api/call-log/v1/statistics?from=2026-04-01&to=2026-04-30&memberId=253",
                platform.token("demo-admin-greve"));
        JsonNode figures = Platform.json(april).get("rows").get(0);
        assertThat(figures.get("offered").asLong()).isEqualTo(2);
        assertThat(figures.get("answered").asLong()).isEqualTo(1);
        assertThat(figures.get("abandoned").asLong()).isEqualTo(1);
    }

    @Test
    void koegesAdminSeesNeitherGrevesStatisticsNorItsContacts() {
        String koege = platform.token("demo-admin-koege");

        Platform.assertProblem(platform.get("/api/call-log/v1/statistics?" + MARCH, koege), 403, "forbidden");
        Platform.assertProblem(platform.get("/api/call-log/v1/contacts/" + contactId, koege), 403, "forbidden");
        Platform.assertProblem(platform.get("/api/call-log/v1/costs/pilots/1085", koege), 403, "forbidden");
    }

    @Test
    void grevesPilotContactsAreChargedToTheRegion() {
        String region = platform.token("demo-region-admin");

        JsonNode march = Platform.json(platform.get("/api/call-log/v1/costs?month=2026-03", region));
        JsonNode greve = march.get("lines")
                .valueStream()
                .filter(line -> line.get("memberId").asString().equals("253"))
                .findFirst()
                .orElseThrow();
        assertThat(greve.get("payerId").asString()).isEqualTo("1085");
        assertThat(greve.get("contacts").asLong()).isEqualTo(1);
        assertThat(greve.get("contactFees").decimalValue()).isEqualByComparingTo("38.00");
        JsonNode pilot = Platform.json(platform.get("/api/call-log/v1/costs/pilots/1085", region));
        assertThat(pilot.get("budget").decimalValue()).isEqualByComparingTo("2000000.00");
        assertThat(pilot.get("spent").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("38.00"));
    }

    private static JsonNode statistics(String token, String query) {
        HttpResponse<String> response = platform.get("/api/call-log/v1/statistics?" + MARCH + query, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode rows = Platform.json(response).get("rows");
        assertThat(rows.size()).as(rows.toString()).isEqualTo(1);
        return rows.get(0);
    }

    private static JsonNode cti(String token, String event) {
        HttpResponse<String> response = platform.send("POST", "/api/call-log/v1/cti/calls/sys-1/events", token, event);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Platform.json(response);
    }

    /** The call log learns lines and pilot terms from membership's events: wait until it has both. */
    private static void awaitCallLogKnowsGrevesPilotLine() throws Exception {
        platform.awaitInCallLog("Greve's line and pilot", """
                select (select count(*) from known_line where number = '+4570700253')
                     + (select count(*) from known_member where member_id = '253' and sponsor_id = '1085')""", 2);
    }
}
