package dk.ddh.hotline.calllog.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.calllog.CallLogApi;
import dk.ddh.hotline.calllog.CallLogApi.Reply;
import dk.ddh.hotline.calllog.MovableClock;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestTokens;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The retention job, run on a clock the test moves: notes after 90 days, details after two years. */
@HotlineIntegrationTest
@Import(MovableClock.Installed.class)
class RetentionIntegrationTests {

    private static final String CONTACTS = "/api/call-log/v1/contacts";
    private static final String RUNS = "/api/call-log/v1/retention/runs";

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    RetentionService retention;

    @Autowired
    JdbcClient jdbc;

    final String agent =
            TestTokens.forRoles("AGENT").member("253").subject("agent.greve").mint();
    final String ddh = TestTokens.forRoles("DDH_ADMIN").subject("operator").mint();

    @Test
    void notesGoAfterNinetyDaysAndDetailsAfterTwoYearsWhileTheContactStillCounts() {
        CallLogApi api = new CallLogApi(port);
        clock.set(Instant.parse("2026-01-10T09:00:00Z"));
        String old = wrappedUp(api, "Borgeren fik hjælp til Digital Post");
        clock.set(Instant.parse("2026-04-05T09:00:00Z"));
        String recent = wrappedUp(api, "Borgeren skulle bruge MitID-appen");

        clock.set(Instant.parse("2026-04-15T03:00:00Z"));
        RetentionRun afterNinetyDays = retention.run("schedule").orElseThrow();

        assertThat(afterNinetyDays.notesErased()).isEqualTo(1);
        assertThat(afterNinetyDays.contactsReduced()).isZero();
        assertThat(row(old)).containsEntry("notes", null).containsEntry("agent", "agent.greve");
        assertThat(row(recent)).containsEntry("notes", "Borgeren skulle bruge MitID-appen");

        clock.set(Instant.parse("2028-01-11T03:00:00Z"));
        RetentionRun afterTwoYears = retention.run("schedule").orElseThrow();

        assertThat(afterTwoYears.notesErased()).isEqualTo(1);
        assertThat(afterTwoYears.contactsReduced()).isEqualTo(1);
        Map<String, Object> reduced = row(old);
        assertThat(reduced).containsEntry("agent", null).containsEntry("caller_hash", null);
        assertThat(reduced.get("outcome")).isEqualTo("RESOLVED");
        assertThat(reduced.get("member_id")).isEqualTo("253");
        assertThat(row(recent).get("agent")).isEqualTo("agent.greve");
    }

    @Test
    void everyRunIsRecordedAndOperatorsCanStartOne() {
        clock.set(Instant.parse("2026-06-01T12:00:00Z"));
        Reply started = new CallLogApi(port).post(ddh, RUNS, null);

        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().path("startedBy").asString()).isEqualTo("operator");
        assertThat(started.json().path("notesBefore").asString()).isEqualTo("2026-03-03T12:00:00Z");
        JsonNode runs = new CallLogApi(port).get(ddh, RUNS + "?size=100").json().path("items");
        assertThat(runs.findValuesAsString("id"))
                .contains(started.json().path("id").asString());
        Reply agentsMayNot = new CallLogApi(port).post(agent, RUNS, null);
        assertThat(agentsMayNot.status()).isEqualTo(403);
        String memberAdmin = TestTokens.forRoles("MEMBER_ADMIN").member("253").mint();
        assertThat(new CallLogApi(port).get(memberAdmin, RUNS).status()).isEqualTo(403);
    }

    @Test
    void runsComeAPageAtATimeNewestFirst() {
        CallLogApi api = new CallLogApi(port);
        for (int day = 1; day <= 3; day++) {
            clock.set(Instant.parse("2026-07-0%dT03:00:00Z".formatted(day)));
            retention.run("schedule").orElseThrow();
        }

        JsonNode page = api.get(ddh, RUNS + "?page=0&size=2").json();

        assertThat(page.path("totalItems").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.path("items").size()).isEqualTo(2);
        assertThat(page.path("items").get(0).path("startedAt").asString())
                .isGreaterThan(page.path("items").get(1).path("startedAt").asString());
        Reply tooLarge = api.get(ddh, RUNS + "?size=101");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
    }

    private String wrappedUp(CallLogApi api, String notes) {
        String id = api.post(agent, CONTACTS, """
                        {"channel": "PHONE", "memberId": "253"}""").json().path("contactId").asString();
        api.post(agent, CONTACTS + "/" + id + "/end", null);
        Reply wrapped = api.put(agent, CONTACTS + "/" + id + "/wrap-up", """
                {"outcome": "RESOLVED", "systems": ["Digital Post"], "notes": "%s"}""".formatted(notes));
        assertThat(wrapped.status()).as(wrapped.body()).isEqualTo(200);
        return id;
    }

    private Map<String, Object> row(String contactId) {
        return jdbc.sql("select notes, agent, caller_hash, outcome, member_id from contact where id = :id::uuid")
                .param("id", contactId)
                .query()
                .singleRow();
    }
}
