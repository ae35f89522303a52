package dk.ddh.hotline.calllog.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.calllog.LearntFromMembership;
import dk.ddh.hotline.calllog.MembershipNews;
import dk.ddh.hotline.calllog.Telephony;
import dk.ddh.hotline.contracts.membership.LineScope;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestClock;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import dk.ddh.hotline.test.TestTokens;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;

/**
 * Kalundborg starts its pilot on 1 February 2026, so its baseline is the second quarter (its first full one): two
 * contacts, one resolved, one abandoned. In the third quarter, still running in mid-August, three answered contacts:
 * two resolved, one about Min Læge escalated. A February contact comes before the baseline and is left out.
 */
@HotlineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationIntegrationTests {

    private static final TestClock CLOCK = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));

    private static final String LINE = "+4570100326";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TestBean(name = "clock")
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @Autowired
    RabbitTemplate rabbit;

    TestHttp api;
    final String ddh = TestTokens.forRoles("DDH_ADMIN").mint();

    @BeforeAll
    void kalundborgsFirstHalfYear() {
        CLOCK.set(Instant.parse("2026-08-15T10:00:00Z"));
        api = TestHttp.onPort(port);
        MembershipNews membership = new MembershipNews(rabbit);
        membership.pilotMember("326", "Kalundborg Kommune", LocalDate.of(2026, 2, 1), LocalDate.of(2028, 1, 31));
        membership.line("line-326", LINE, LineScope.GENERAL, "326");
        LearntFromMembership learnt = new LearntFromMembership(jdbc);
        learnt.awaitLines(LINE);
        learnt.awaitMember("326");
        Telephony telephony = new Telephony(api);
        String agent = TestTokens.forRoles("AGENT")
                .member("326")
                .subject("agent.kalundborg")
                .mint();
        String resolved = """
                {"outcome": "RESOLVED", "systems": ["MitID"]}""";
        answered(telephony, agent, "k0", "2026-02-10T10:00:00Z", "+4521000000", resolved);
        answered(telephony, agent, "k1", "2026-05-04T10:00:00Z", "+4521000001", resolved);
        telephony.abandonedCall("k2", LINE, Instant.parse("2026-05-05T10:00:00Z"), 40);
        answered(telephony, agent, "k3", "2026-07-06T10:00:00Z", "+4521000003", resolved);
        answered(telephony, agent, "k4", "2026-07-07T10:00:00Z", "+4521000004", resolved);
        answered(telephony, agent, "k5", "2026-08-03T10:00:00Z", "+4521000005", """
                {"outcome": "ESCALATED", "systems": ["Min Læge"]}""");
    }

    @Test
    void eachQuarterIsComparedWithTheFirstFullQuarter() {
        JsonNode rows = api.get(ddh, "/api/call-log/v1/evaluation").body().path("items");

        assertThat(rows.findValuesAsString("quarter")).containsExactly("2026-Q2", "2026-Q3");
        JsonNode baseline = rows.get(0);
        assertThat(baseline.path("complete").asBoolean()).isTrue();
        assertThat(baseline.path("contacts").asLong()).isEqualTo(2);
        assertThat(baseline.path("firstContactResolution").decimalValue()).isEqualByComparingTo("1");
        assertThat(baseline.path("contactsIndex").decimalValue()).isEqualByComparingTo("1");
        JsonNode running = rows.get(1);
        assertThat(running.path("complete").asBoolean()).isFalse();
        assertThat(running.path("memberName").asString()).isEqualTo("Kalundborg Kommune");
        assertThat(running.path("baselineQuarter").asString()).isEqualTo("2026-Q2");
        assertThat(running.path("contacts").asLong()).isEqualTo(3);
        assertThat(running.path("healthAppContacts").asLong()).isEqualTo(1);
        assertThat(running.path("referralRate").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(running.path("contactsIndex").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(running.path("resolutionChange").decimalValue()).isEqualByComparingTo("-0.3333");
    }

    @Test
    void theExportIsACsvFileAndOtherMembersCannotHaveIt() {
        Response csv =
                api.get(TestTokens.forRoles("MEMBER_ADMIN").member("326").mint(), "/api/call-log/v1/evaluation/export");

        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text().lines().toList())
                .hasSize(3)
                .last()
                .isEqualTo(
                        "2026-Q3,false,326,\"Kalundborg Kommune\",3,3,1,0.6667,0.3333,2026-Q2,2,1.0000,1.5000,-0.3333");
        String greve = TestTokens.forRoles("MEMBER_ADMIN").member("253").mint();
        assertThat(api.get(greve, "/api/call-log/v1/evaluation?memberId=326").status())
                .isEqualTo(403);
        assertThat(api.get(greve, "/api/call-log/v1/evaluation")
                        .body()
                        .path("totalItems")
                        .asLong())
                .isZero();
    }

    @Test
    void quartersComeAPageAtATime() {
        JsonNode second = api.get(ddh, "/api/call-log/v1/evaluation?memberId=326&page=1&size=1")
                .body();

        assertThat(second.path("totalItems").asLong()).isEqualTo(2);
        assertThat(second.path("items").findValuesAsString("quarter")).containsExactly("2026-Q3");
        Response tooLarge = api.get(ddh, "/api/call-log/v1/evaluation?size=101");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
    }

    private static void answered(
            Telephony telephony, String agent, String call, String offered, String caller, String wrapUp) {
        telephony.answeredCall(call, LINE, caller, Instant.parse(offered), 15, 200, "agent.kalundborg", agent, wrapUp);
    }
}
