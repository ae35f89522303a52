package dk.ddh.hotline.calllog.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.calllog.LearntFromMembership;
import dk.ddh.hotline.calllog.MembershipNews;
import dk.ddh.hotline.calllog.Telephony;
import dk.ddh.hotline.contracts.membership.LineScope;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import dk.ddh.hotline.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Statistics checked by hand against five calls in March 2026: four to Roskilde's line (two answered in time, one
 * late and escalated, one abandoned; the first caller calls again two days later) and one to Køge's.
 */
@HotlineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsIntegrationTests {

    private static final String MARCH = "from=2026-03-01&to=2026-03-31";
    private static final String STATISTICS = "/api/call-log/v1/statistics";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    DayFigures days;

    TestHttp api;
    final String ddh = TestTokens.forRoles("DDH_ADMIN").member("DDH").mint();
    final String roskildeAdmin =
            TestTokens.forRoles("MEMBER_ADMIN").member("265").mint();
    final String koegeAdmin = TestTokens.forRoles("MEMBER_ADMIN").member("259").mint();

    @BeforeAll
    void marchCalls() {
        api = TestHttp.onPort(port);
        MembershipNews membership = new MembershipNews(rabbit);
        membership.line("line-265", "+4570101265", LineScope.GENERAL, "265");
        membership.line("line-259", "+4570101259", LineScope.GENERAL, "259");
        new LearntFromMembership(jdbc).awaitLines("+4570101265", "+4570101259");
        Telephony telephony = new Telephony(api);
        String agent = TestTokens.forRoles("AGENT")
                .member("265")
                .subject("agent.roskilde")
                .mint();
        // Monday 2 March, 10:00 Danish time (CET).
        telephony.answeredCall(
                "a",
                "+4570101265",
                "+4520000001",
                Instant.parse("2026-03-02T09:00:00Z"),
                20,
                300,
                "agent.roskilde",
                agent,
                """
                        {"outcome": "RESOLVED", "systems": ["MitID"]}""");
        telephony.answeredCall(
                "b",
                "+4570101265",
                "+4520000002",
                Instant.parse("2026-03-02T09:10:00Z"),
                50,
                600,
                "agent.roskilde",
                agent,
                """
                        {"outcome": "ESCALATED", "systems": ["MinSundhedsplatform"]}""");
        telephony.abandonedCall("c", "+4570101265", Instant.parse("2026-03-02T09:20:00Z"), 60);
        // Wednesday 4 March: the first caller calls again, so call a was not resolved at first contact.
        telephony.answeredCall(
                "d",
                "+4570101265",
                "+4520000001",
                Instant.parse("2026-03-04T09:00:00Z"),
                10,
                120,
                "agent.roskilde",
                agent,
                """
                        {"outcome": "RESOLVED", "systems": ["MitID"]}""");
        telephony.abandonedCall("e", "+4570101259", Instant.parse("2026-03-05T09:00:00Z"), 5);
    }

    @Test
    void aMembersMonthAddsUpAsCheckedByHand() {
        JsonNode row = only(api.get(roskildeAdmin, STATISTICS + "?" + MARCH + "&period=MONTH"));

        assertThat(row.path("periodStart").asString()).isEqualTo("2026-03-01");
        assertThat(row.path("offered").asLong()).isEqualTo(4);
        assertThat(row.path("answered").asLong()).isEqualTo(3);
        assertThat(row.path("abandoned").asLong()).isEqualTo(1);
        assertThat(row.path("answeredInTime").asLong()).isEqualTo(2);
        assertThat(row.path("serviceLevel").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(row.path("averageWaitSeconds").decimalValue()).isEqualByComparingTo("26.7");
        assertThat(row.path("averageHandlingSeconds").decimalValue()).isEqualByComparingTo("340.0");
        assertThat(row.path("firstContactResolution").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(row.path("escalationRate").decimalValue()).isEqualByComparingTo("0.3333");
    }

    @Test
    void bySystemAContactCountsForEverySystemItWasAbout() {
        JsonNode rows = api.get(ddh, STATISTICS + "?" + MARCH + "&by=SYSTEM&memberId=265")
                .body()
                .path("rows");

        assertThat(rows.findValuesAsString("group")).containsExactly("MinSundhedsplatform", "MitID", "NONE");
        assertThat(rows.get(1).path("offered").asLong()).isEqualTo(2);
    }

    @Test
    void theCsvExportHasTheSameFigures() {
        Response csv = api.get(roskildeAdmin, STATISTICS + "/export?" + MARCH + "&period=MONTH");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text().lines())
                .containsExactly(
                        "periodStart,group,offered,answered,abandoned,answeredInTime,serviceLevel,averageWaitSeconds,"
                                + "averageHandlingSeconds,firstContactResolution,escalationRate",
                        "2026-03-01,ALL,4,3,1,2,0.5000,26.7,340.0,0.3333,0.3333");
    }

    @Test
    void theHeatMapCountsHoursOfTheWeekInDanishTime() {
        JsonNode cells =
                api.get(roskildeAdmin, STATISTICS + "/heat-map?" + MARCH).body();

        assertThat(cells.size()).isEqualTo(2);
        assertThat(cells.get(0).toString()).isEqualTo("{\"dayOfWeek\":1,\"hour\":10,\"offered\":3}");
        assertThat(cells.get(1).toString()).isEqualTo("{\"dayOfWeek\":3,\"hour\":10,\"offered\":1}");
    }

    @Test
    void ddhAndTheRegionSeeEveryMemberAMemberAdminOnlyItsOwn() {
        JsonNode byMember =
                api.get(ddh, STATISTICS + "?" + MARCH + "&by=MEMBER").body().path("rows");
        assertThat(byMember.findValuesAsString("group")).containsExactly("259", "265");
        String region = TestTokens.forRoles("REGION_ADMIN").member("1085").mint();
        assertThat(only(api.get(region, STATISTICS + "?" + MARCH))
                        .path("offered")
                        .asLong())
                .isEqualTo(5);
        assertThat(only(api.get(koegeAdmin, STATISTICS + "?" + MARCH))
                        .path("offered")
                        .asLong())
                .isEqualTo(1);

        Response denied = api.get(koegeAdmin, STATISTICS + "?" + MARCH + "&memberId=265");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.contentType()).startsWith("application/problem+json");
        assertThat(api.get(koegeAdmin, STATISTICS + "/export?" + MARCH + "&memberId=265")
                        .status())
                .isEqualTo(403);
        String agent = TestTokens.forRoles("AGENT").member("265").mint();
        assertThat(api.get(agent, STATISTICS + "?" + MARCH).status()).isEqualTo(403);
    }

    @Test
    void figuresFollowEveryChangeOfAContact() {
        String april = STATISTICS + "?from=2026-04-01&to=2026-04-30&memberId=259&by=OUTCOME";
        Telephony telephony = new Telephony(api);
        telephony.report("k-april", """
                {"type": "OFFERED", "at": "2026-04-06T08:00:00Z", "dialledNumber": "+4570101259"}""");
        telephony.report("k-april", """
                {"type": "ANSWERED", "at": "2026-04-06T08:00:10Z", "agent": "agent.koege"}""");
        String contactId = telephony.report("k-april", """
                        {"type": "ENDED", "at": "2026-04-06T08:04:10Z"}""").path("contactId").asString();
        assertThat(only(api.get(ddh, april)).path("group").asString()).isEqualTo("OPEN");
        days.refresh(); // April is stored now: the wrap-up must mark it stale

        String agent = TestTokens.forRoles("AGENT")
                .member("259")
                .subject("agent.koege")
                .mint();
        api.put(agent, "/api/call-log/v1/contacts/" + contactId + "/wrap-up", """
                {"outcome": "REFERRED"}""");

        JsonNode referred = only(api.get(ddh, april));
        assertThat(referred.path("group").asString()).isEqualTo("REFERRED");
        assertThat(referred.path("averageHandlingSeconds").decimalValue()).isEqualByComparingTo("240.0");
        days.refresh();
        assertThat(only(api.get(ddh, april)).path("group").asString()).isEqualTo("REFERRED");
    }

    @Test
    void storedFiguresAreTheSameAsTheFiguresCountedFromTheContacts() {
        List<String> queries = List.of(
                STATISTICS + "?" + MARCH + "&period=DAY&by=OUTCOME",
                STATISTICS + "?" + MARCH + "&period=WEEK&by=SYSTEM",
                STATISTICS + "?" + MARCH + "&by=AGENT_MEMBER&memberId=265",
                STATISTICS + "/heat-map?" + MARCH);
        List<String> counted =
                queries.stream().map(query -> api.get(ddh, query).text()).toList();

        days.refresh();

        assertThat(queries.stream().map(query -> api.get(ddh, query).text())).containsExactlyElementsOf(counted);
    }

    @Test
    void theLastWeekIsCountedLiveTogetherWithStoredDays() {
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String agent = TestTokens.forRoles("AGENT")
                .member("259")
                .subject("agent.koege")
                .mint();
        new Telephony(api)
                .answeredCall("k-today", "+4570101259", "+4520000099", anHourAgo, 12, 100, "agent.koege", agent, """
                        {"outcome": "RESOLVED", "systems": ["Digital Post"]}""");
        LocalDate today =
                anHourAgo.atZone(java.time.ZoneId.of("Europe/Copenhagen")).toLocalDate();
        String sinceMarch = "?from=2026-03-01&to=" + today + "&memberId=259";

        JsonNode total = only(api.get(ddh, STATISTICS + "?from=" + today + "&to=" + today + "&memberId=259"));
        assertThat(total.path("offered").asLong()).isEqualTo(1);
        JsonNode bySystem = api.get(ddh, STATISTICS + sinceMarch + "&period=MONTH&by=SYSTEM")
                .body()
                .path("rows");
        assertThat(bySystem.findValuesAsString("group")).contains("Digital Post", "NONE");
        JsonNode heatMap =
                api.get(koegeAdmin, STATISTICS + "/heat-map" + sinceMarch).body();
        assertThat(heatMap.valueStream()
                        .mapToLong(cell -> cell.path("offered").asLong())
                        .sum())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void badRangesAndUnknownPeriodsAreClearErrors() {
        Response backwards = api.get(ddh, STATISTICS + "?from=2026-03-31&to=2026-03-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().path("type").asString()).endsWith("/invalid-range");
        Response period = api.get(ddh, STATISTICS + "?" + MARCH + "&period=FORTNIGHT");
        assertThat(period.status()).isEqualTo(400);
        assertThat(period.contentType()).startsWith("application/problem+json");
        assertThat(api.get(ddh, STATISTICS + "?from=2026-03-01").status()).isEqualTo(400);
    }

    private static JsonNode only(Response reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode rows = reply.body().path("rows");
        assertThat(rows.size()).as(rows.toString()).isEqualTo(1);
        return rows.get(0);
    }
}
