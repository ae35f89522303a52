package dk.ddh.hotline.calllog.cost;

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
 * Costs checked by hand: Faxe (38,000 inhabitants) starts its region-paid pilot on 15 March 2026; two of its citizens
 * call before, three after. Prices from application.yml: DKK 38 per contact, 0.50 per inhabitant per year, 2,500 per
 * month. March has 31 days: the region pays 17 of them, Faxe 14.
 */
@HotlineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CostIntegrationTests {

    private static final TestClock CLOCK = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));

    private static final String COSTS = "/api/call-log/v1/costs";

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
    final String region = TestTokens.forRoles("REGION_ADMIN").member("1085").mint();
    final String faxeAdmin = TestTokens.forRoles("MEMBER_ADMIN").member("320").mint();
    final String greveAdmin = TestTokens.forRoles("MEMBER_ADMIN").member("253").mint();

    @BeforeAll
    void faxeJoinsThePilotInMarch() {
        CLOCK.set(Instant.parse("2026-05-10T10:00:00Z"));
        api = TestHttp.onPort(port);
        MembershipNews membership = new MembershipNews(rabbit);
        membership.pilotMember("320", "Faxe Kommune", LocalDate.of(2026, 3, 15), LocalDate.of(2028, 3, 14));
        membership.line("line-320", "+4570100320", LineScope.GENERAL, "320");
        LearntFromMembership learnt = new LearntFromMembership(jdbc);
        learnt.awaitLines("+4570100320");
        learnt.awaitMember("320");
        Telephony telephony = new Telephony(api);
        for (String call : new String[] {"f1", "f2"}) {
            telephony.abandonedCall(call, "+4570100320", Instant.parse("2026-03-10T10:00:00Z"), 30);
        }
        for (String call : new String[] {"f3", "f4", "f5"}) {
            telephony.abandonedCall(call, "+4570100320", Instant.parse("2026-03-20T10:00:00Z"), 30);
        }
    }

    @Test
    void aMonthWhenThePilotStartsIsSplitByDaysBetweenTheRegionAndTheMunicipality() {
        JsonNode march = api.get(region, COSTS + "?month=2026-03").body();

        JsonNode lines = march.path("lines");
        assertThat(lines.size()).isEqualTo(2);
        JsonNode regionPays = lines.get(0);
        assertThat(regionPays.path("payerId").asString()).isEqualTo("1085");
        assertThat(regionPays.path("sponsored").asBoolean()).isTrue();
        assertThat(regionPays.path("days").asInt()).isEqualTo(17);
        assertThat(regionPays.path("contacts").asLong()).isEqualTo(3);
        assertThat(regionPays.path("contactFees").decimalValue()).isEqualByComparingTo("114.00");
        assertThat(regionPays.path("fixedFees").decimalValue()).isEqualByComparingTo("1370.97");
        assertThat(regionPays.path("inhabitantFees").decimalValue()).isEqualByComparingTo("868.28");
        assertThat(regionPays.path("total").decimalValue()).isEqualByComparingTo("2353.25");
        JsonNode faxePays = lines.get(1);
        assertThat(faxePays.path("payerId").asString()).isEqualTo("320");
        assertThat(faxePays.path("days").asInt()).isEqualTo(14);
        assertThat(faxePays.path("contacts").asLong()).isEqualTo(2);
        assertThat(faxePays.path("total").decimalValue()).isEqualByComparingTo("1920.08");
        assertThat(march.path("perPayer").path("1085").decimalValue()).isEqualByComparingTo("2353.25");
        assertThat(march.path("perPayer").path("320").decimalValue()).isEqualByComparingTo("1920.08");
    }

    @Test
    void theRegionSeesItsPilotSpendingAgainstItsBudget() {
        JsonNode spending = api.get(region, COSTS + "/pilots/1085").body();

        // March 2,353.25; April and May the whole monthly fees: 2,500 + 38,000 x 0.50 / 12 = 4,083.33 each.
        assertThat(spending.path("budget").decimalValue()).isEqualByComparingTo("2000000.00");
        assertThat(spending.path("spent").decimalValue()).isEqualByComparingTo("10519.91");
        assertThat(spending.path("remaining").decimalValue()).isEqualByComparingTo("1989480.09");
        assertThat(spending.path("months").findValuesAsString("month"))
                .containsExactly("2026-03", "2026-04", "2026-05");
        assertThat(spending.path("members").get(0).path("contacts").asLong()).isEqualTo(3);
    }

    @Test
    void aMunicipalitySeesOnlyWhatConcernsItAndNotTheRegionsBudget() {
        assertThat(api.get(faxeAdmin, COSTS + "?month=2026-03")
                        .body()
                        .path("lines")
                        .size())
                .isEqualTo(2);
        assertThat(api.get(greveAdmin, COSTS + "?month=2026-03")
                        .body()
                        .path("lines")
                        .size())
                .isZero();
        Response denied = api.get(greveAdmin, COSTS + "/pilots/1085");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.contentType()).startsWith("application/problem+json");
        String agent = TestTokens.forRoles("AGENT").member("320").mint();
        assertThat(api.get(agent, COSTS + "?month=2026-03").status()).isEqualTo(403);
        assertThat(api.get(region, COSTS + "?month=March").status()).isEqualTo(400);
    }

    @Test
    void theCsvExportListsTheSameLines() {
        Response csv = api.get(faxeAdmin, COSTS + "/export?month=2026-03");

        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text().lines())
                .containsExactly(
                        "month,memberId,memberName,payerId,sponsored,days,contacts,contactFees,inhabitantFees,"
                                + "fixedFees,total",
                        "2026-03,320,\"Faxe Kommune\",1085,true,17,3,114.00,868.28,1370.97,2353.25",
                        "2026-03,320,\"Faxe Kommune\",320,false,14,2,76.00,715.05,1129.03,1920.08");
    }
}
