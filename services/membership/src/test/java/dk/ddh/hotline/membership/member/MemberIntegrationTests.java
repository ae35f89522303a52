package dk.ddh.hotline.membership.member;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.EventProbe;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import dk.ddh.hotline.test.TestTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;

@HotlineIntegrationTest
class MemberIntegrationTests {

    private static final String MEMBERS = "/api/membership/v1/members";

    /** Two days after the pilots of the first wave ended. */
    @TestBean(name = "clock")
    Clock clock;

    static Clock clock() {
        return Clock.fixed(Instant.parse("2028-01-02T08:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    }

    @LocalServerPort
    int port;

    @Autowired
    PilotEndJob pilotEndJob;

    @Autowired
    ConnectionFactory connectionFactory;

    TestHttp api;

    @BeforeEach
    void setUp() {
        api = TestHttp.onPort(port);
    }

    @Test
    void registersAMemberAsInvitedAndReadsItBack() {
        Response created = register("253", "Greve Kommune", "MUNICIPALITY");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).hasToString("http://localhost:" + port + MEMBERS + "/253");
        assertThat(created.body().path("status").asString()).isEqualTo("INVITED");
        assertThat(created.body().path("payer").asString()).isEqualTo("SELF");

        Response read = api.get(token("AGENT"), MEMBERS + "/253");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().path("name").asString()).isEqualTo("Greve Kommune");
        assertThat(texts(read.body().path("allowedTransitions"))).containsExactly("SELECTED", "LEFT");
    }

    @Test
    void refusesToRegisterAMemberTwice() {
        register("320", "Faxe Kommune", "MUNICIPALITY");

        Response again = register("320", "Faxe Kommune", "MUNICIPALITY");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("type").asString()).endsWith("/member-exists");
    }

    @Test
    void repeatsARegistrationWithTheSameIdempotencyKeyOnce() {
        Map<String, Object> body = Map.of("memberId", "336", "name", "Stevns Kommune", "kind", "MUNICIPALITY");
        Map<String, String> key = Map.of("Idempotency-Key", "register-stevns");

        Response first = api.post(admin(), MEMBERS, body, key);
        Response second = api.post(admin(), MEMBERS, body, key);
        Response otherBody =
                api.post(admin(), MEMBERS, Map.of("memberId", "340", "name", "Sorø", "kind", "MUNICIPALITY"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.location()).isEqualTo(first.location());
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(otherBody.status()).isEqualTo(409);
        assertThat(otherBody.body().path("type").asString()).endsWith("/idempotency-key-reused");
        assertThat(api.get(admin(), MEMBERS + "/340").status()).isEqualTo(404);
    }

    @Test
    void walksTheLifecycleAndNamesTheAllowedStatusesWhenATransitionIsIllegal() {
        register("259", "Køge Kommune", "MUNICIPALITY");
        assertThat(transition("259", "SELECTED").status()).isEqualTo(200);
        assertThat(transition("259", "ONBOARDING").body().path("status").asString())
                .isEqualTo("ONBOARDING");

        Response illegal = transition("259", "LEAVING");

        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.contentType()).startsWith("application/problem+json");
        assertThat(illegal.body().path("type").asString()).endsWith("/illegal-status-transition");
        assertThat(texts(illegal.body().path("allowed"))).containsExactlyInAnyOrder("ACTIVE", "LEFT");
        assertThat(api.get(admin(), MEMBERS + "/259").body().path("status").asString())
                .isEqualTo("ONBOARDING");
    }

    @Test
    void rejectsATransitionToAnUnknownStatus() {
        register("350", "Lejre Kommune", "MUNICIPALITY");

        Response response = api.post(admin(), MEMBERS + "/350/transitions", Map.of("to", "PAUSED"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void answers404ForAnUnknownMember() {
        Response response = api.get(admin(), MEMBERS + "/999");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void rejectsAPilotThatEndsBeforeItStarts() {
        registerRegion();
        register("326", "Kalundborg Kommune", "MUNICIPALITY");

        Response response = changeTerms("326", terms("2027-12-31", "2026-01-01", "SPONSOR", "1085"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response)).contains("pilotEnd");
    }

    @Test
    void rejectsASponsorThatIsNotARegionAndNegativeHours() {
        register("306", "Odsherred Kommune", "MUNICIPALITY");
        register("316", "Holbæk Kommune", "MUNICIPALITY");

        Response municipalSponsor = changeTerms("306", terms("2026-01-01", "2027-12-31", "SPONSOR", "316"));
        Map<String, Object> negativeHours = terms(null, null, "SELF", null);
        negativeHours.put("committedHoursPerWeek", -2);
        Response negative = changeTerms("306", negativeHours);

        assertThat(municipalSponsor.status()).isEqualTo(400);
        assertThat(fields(municipalSponsor)).contains("sponsorId");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(fields(negative)).contains("committedHoursPerWeek");
    }

    @Test
    void answersWhoPaysOnADay() {
        registerRegion();
        register("265", "Roskilde Kommune", "MUNICIPALITY");
        assertThat(changeTerms("265", terms("2026-01-01", "2027-12-31", "SPONSOR", "1085"))
                        .status())
                .isEqualTo(200);

        Response duringPilot = api.get(admin(), MEMBERS + "/265/payer?on=2026-06-01");
        Response afterPilot = api.get(admin(), MEMBERS + "/265/payer?on=2028-01-01");

        assertThat(duringPilot.body().path("payer").asString()).isEqualTo("SPONSOR");
        assertThat(duringPilot.body().path("payingMemberId").asString()).isEqualTo("1085");
        assertThat(afterPilot.body().path("payer").asString()).isEqualTo("SELF");
        assertThat(afterPilot.body().path("payingMemberId").asString()).isEqualTo("265");
    }

    @Test
    void switchesSponsoredMembersToSelfPaidOnceTheirPilotHasEnded() {
        registerRegion();
        register("370", "Næstved Kommune", "MUNICIPALITY");
        register("269", "Solrød Kommune", "MUNICIPALITY");
        changeTerms("370", terms("2026-01-01", "2027-12-31", "SPONSOR", "1085"));
        changeTerms("269", terms("2027-01-01", "2028-12-31", "SPONSOR", "1085"));

        try (EventProbe probe = EventProbe.listen(connectionFactory, "hotline.membership", "member.terms-changed")) {
            List<String> switched = pilotEndJob.switchEndedPilotsToSelfPaid();

            assertThat(switched).contains("370").doesNotContain("269");
            JsonNode event = probe.awaitMatching(
                    e -> EventProbe.ofType("member.terms-changed", "370").test(e)
                            && e.path("data")
                                    .path("member")
                                    .path("payer")
                                    .asString()
                                    .equals("SELF"),
                    Duration.ofSeconds(20));
            assertThat(event.path("data").path("member").path("sponsorId").asString())
                    .isEqualTo("1085");
        }
        assertThat(api.get(admin(), MEMBERS + "/370").body().path("payer").asString())
                .isEqualTo("SELF");
        assertThat(api.get(admin(), MEMBERS + "/269").body().path("payer").asString())
                .isEqualTo("SPONSOR");
        assertThat(api.get(admin(), MEMBERS + "/370/payer?on=2027-06-01")
                        .body()
                        .path("payingMemberId")
                        .asString())
                .isEqualTo("1085");
        assertThat(pilotEndJob.switchEndedPilotsToSelfPaid()).doesNotContain("370");
    }

    @Test
    void listsMembersPagedAndFilteredByStatusAndKind() {
        registerRegion();
        register("360", "Lolland Kommune", "MUNICIPALITY");
        register("376", "Guldborgsund Kommune", "MUNICIPALITY");
        transition("376", "SELECTED");

        Response regions = api.get(token("SUPERVISOR"), MEMBERS + "?kind=REGION");
        Response selected = api.get(token("SUPERVISOR"), MEMBERS + "?status=SELECTED&size=1");
        Response firstPage = api.get(token("SUPERVISOR"), MEMBERS + "?page=0&size=2");

        assertThat(texts(regions.body().path("items"), "memberId")).containsExactly("1085");
        assertThat(texts(selected.body().path("items"), "memberId")).containsExactly("376");
        assertThat(selected.body().path("size").asInt()).isEqualTo(1);
        assertThat(firstPage.body().path("items")).hasSize(2);
        assertThat(firstPage.body().path("page").asInt()).isZero();
        assertThat(firstPage.body().path("totalItems").asLong()).isGreaterThanOrEqualTo(3);
    }

    private void registerRegion() {
        if (api.get(admin(), MEMBERS + "/1085").status() == 404) {
            register("1085", "Region Sjælland", "REGION");
        }
    }

    private Response register(String id, String name, String kind) {
        return api.post(admin(), MEMBERS, Map.of("memberId", id, "name", name, "kind", kind));
    }

    private Response transition(String id, String to) {
        return api.post(token("REGION_ADMIN"), MEMBERS + "/" + id + "/transitions", Map.of("to", to));
    }

    private Response changeTerms(String id, Map<String, Object> terms) {
        return api.put(admin(), MEMBERS + "/" + id + "/terms", terms);
    }

    private static Map<String, Object> terms(String start, String end, String payer, String sponsor) {
        Map<String, Object> terms = new HashMap<>();
        terms.put("pilotStart", start);
        terms.put("pilotEnd", end);
        terms.put("payer", payer);
        terms.put("sponsorId", sponsor);
        terms.put("onboardingWave", 1);
        terms.put("committedHoursPerWeek", 12.5);
        return terms;
    }

    private static String admin() {
        return token("DDH_ADMIN");
    }

    private static String token(String role) {
        return TestTokens.forRoles(role).member("751").mint();
    }

    private static List<String> fields(Response problem) {
        return texts(problem.body().path("errors"), "field");
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(node -> node.path(field).asString()).toList();
    }
}
