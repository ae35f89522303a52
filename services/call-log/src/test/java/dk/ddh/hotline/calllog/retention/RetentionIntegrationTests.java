package dk.ddh.hotline.calllog.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestClock;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import dk.ddh.hotline.test.TestTokens;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;

/** The retention job, run on a clock the test moves: notes after 90 days, details after two years. */
@HotlineIntegrationTest
class RetentionIntegrationTests {

    private static final TestClock CLOCK = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));

    private static final String CONTACTS = "/api/call-log/v1/contacts";
    private static final String RUNS = "/api/call-log/v1/retention/runs";

    @LocalServerPort
    int port;

    @TestBean(name = "clock")
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @Autowired
    RetentionService retention;

    @Autowired
    JdbcClient jdbc;

    final String agent =
            TestTokens.forRoles("AGENT").member("253").subject("agent.greve").mint();
    final String ddh = TestTokens.forRoles("DDH_ADMIN").subject("operator").mint();

    @Test
    void notesGoAfterNinetyDaysAndDetailsAfterTwoYearsWhileTheContactStillCounts() {
        TestHttp api = TestHttp.onPort(port);
        CLOCK.set(Instant.parse("2026-01-10T09:00:00Z"));
        String old = wrappedUp(api, "Borgeren fik hjælp til Digital Post");
        CLOCK.set(Instant.parse("2026-04-05T09:00:00Z"));
        String recent = wrappedUp(api, "Borgeren skulle bruge MitID-appen");

        CLOCK.set(Instant.parse("2026-04-15T03:00:00Z"));
        RetentionRun afterNinetyDays = retention.run("schedule").orElseThrow();

        assertThat(afterNinetyDays.notesErased()).isEqualTo(1);
        assertThat(afterNinetyDays.contactsReduced()).isZero();
        assertThat(row(old)).containsEntry("notes", null).containsEntry("agent", "agent.greve");
        assertThat(row(recent)).containsEntry("notes", "Borgeren skulle bruge MitID-appen");

        CLOCK.set(Instant.parse("2028-01-11T03:00:00Z"));
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
        CLOCK.set(Instant.parse("2026-06-01T12:00:00Z"));
        Response started = TestHttp.onPort(port).post(ddh, RUNS, null);

        assertThat(started.status()).as(started.text()).isEqualTo(200);
        assertThat(started.body().path("startedBy").asString()).isEqualTo("operator");
        assertThat(started.body().path("notesBefore").asString()).isEqualTo("2026-03-03T12:00:00Z");
        JsonNode runs =
                TestHttp.onPort(port).get(ddh, RUNS + "?size=100").body().path("items");
        assertThat(runs.findValuesAsString("id"))
                .contains(started.body().path("id").asString());
        Response agentsMayNot = TestHttp.onPort(port).post(agent, RUNS, null);
        assertThat(agentsMayNot.status()).isEqualTo(403);
        String memberAdmin = TestTokens.forRoles("MEMBER_ADMIN").member("253").mint();
        assertThat(TestHttp.onPort(port).get(memberAdmin, RUNS).status()).isEqualTo(403);
    }

    @Test
    void runsComeAPageAtATimeNewestFirst() {
        TestHttp api = TestHttp.onPort(port);
        for (int day = 1; day <= 3; day++) {
            CLOCK.set(Instant.parse("2026-07-0%dT03:00:00Z".formatted(day)));
            retention.run("schedule").orElseThrow();
        }

        JsonNode page = api.get(ddh, RUNS + "?page=0&size=2").body();

        assertThat(page.path("totalItems").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.path("items").size()).isEqualTo(2);
        assertThat(page.path("items").get(0).path("startedAt").asString())
                .isGreaterThan(page.path("items").get(1).path("startedAt").asString());
        Response tooLarge = api.get(ddh, RUNS + "?size=101");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
    }

    private String wrappedUp(TestHttp api, String notes) {
        String id = api.post(agent, CONTACTS, """
                        {"channel": "PHONE", "memberId": "253"}""").body().path("contactId").asString();
        api.post(agent, CONTACTS + "/" + id + "/end", null);
        Response wrapped = api.put(agent, CONTACTS + "/" + id + "/wrap-up", """
                {"outcome": "RESOLVED", "systems": ["Digital Post"], "notes": "%s"}""".formatted(notes));
        assertThat(wrapped.status()).as(wrapped.text()).isEqualTo(200);
        return id;
    }

    private Map<String, Object> row(String contactId) {
        return jdbc.sql("select notes, agent, caller_hash, outcome, member_id from contact where id = :id::uuid")
                .param("id", contactId)
                .query()
                .singleRow();
    }
}
