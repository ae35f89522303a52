package dk.ddh.hotline.membership;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.EventProbe;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import dk.ddh.hotline.test.TestTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every change reaches RabbitMQ as a CloudEvent on the membership exchange, routed by its type. */
@HotlineIntegrationTest
class EventPublishingIntegrationTests {

    private static final String API = "/api/membership/v1";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    ConnectionFactory connectionFactory;

    @Test
    void publishesEveryMemberLineAndAgentChange() {
        TestHttp api = TestHttp.onPort(port);
        String admin = TestTokens.forRoles("DDH_ADMIN").mint();
        try (EventProbe probe = EventProbe.listen(connectionFactory, "hotline.membership", "#")) {
            api.post(admin, API + "/members", Map.of("memberId", "1085", "name", "Region Sjælland", "kind", "REGION"));
            api.post(
                    admin, API + "/members", Map.of("memberId", "340", "name", "Sorø Kommune", "kind", "MUNICIPALITY"));
            api.post(admin, API + "/members/340/transitions", Map.of("to", "SELECTED"));
            api.put(
                    admin,
                    API + "/members/340/terms",
                    Map.of(
                            "pilotStart", "2026-01-01",
                            "pilotEnd", "2027-12-31",
                            "payer", "SPONSOR",
                            "sponsorId", "1085",
                            "onboardingWave", 2,
                            "committedHoursPerWeek", new BigDecimal("7.5")));
            Response line =
                    api.post(admin, API + "/members/340/lines", Map.of("number", "70700340", "scope", "GENERAL"));
            String lineId = line.body().path("lineId").asString();
            api.put(admin, API + "/lines/" + lineId, Map.of("number", "70700341", "scope", "GENERAL"));
            api.delete(admin, API + "/lines/" + lineId);
            Response agent = api.post(
                    admin,
                    API + "/members/340/agents",
                    Map.of("name", "Karen Holm", "workEmail", "karen.holm@soroe.dk"));
            String agentId = agent.body().path("agentId").asString();
            api.put(
                    admin,
                    API + "/agents/" + agentId,
                    Map.of("name", "Karen Holm", "workEmail", "karen.holm@soroe.dk", "active", false));

            JsonNode registered = await(probe, "member.registered", "340");
            assertThat(registered.path("source").asString()).isEqualTo("/hotline/membership");
            assertThat(registered.path("specversion").asString()).isEqualTo("1.0");
            assertThat(registered.path("dataschema").asString())
                    .isEqualTo("urn:dk.ddh.hotline:event:member.registered:1");
            assertThat(registered.path("id").asString()).isNotBlank();
            assertThat(member(registered).path("status").asString()).isEqualTo("INVITED");
            assertThat(member(registered).path("name").asString()).isEqualTo("Sorø Kommune");

            JsonNode statusChanged = await(probe, "member.status-changed", "340");
            assertThat(member(statusChanged).path("status").asString()).isEqualTo("SELECTED");
            assertThat(statusChanged.path("data").path("previousStatus").asString())
                    .isEqualTo("INVITED");

            JsonNode termsChanged = await(probe, "member.terms-changed", "340");
            assertThat(member(termsChanged).path("payer").asString()).isEqualTo("SPONSOR");
            assertThat(member(termsChanged).path("sponsorId").asString()).isEqualTo("1085");
            assertThat(member(termsChanged).path("pilotEnd").asString()).isEqualTo("2027-12-31");
            assertThat(member(termsChanged).path("committedHoursPerWeek").decimalValue())
                    .isEqualByComparingTo("7.5");

            JsonNode lineRegistered = await(probe, "line.registered", lineId);
            assertThat(lineRegistered.path("data").path("line").path("number").asString())
                    .isEqualTo("+4570700340");
            assertThat(lineRegistered.path("data").path("line").path("memberId").asString())
                    .isEqualTo("340");
            JsonNode lineChanged = await(probe, "line.changed", lineId);
            assertThat(lineChanged.path("data").path("line").path("number").asString())
                    .isEqualTo("+4570700341");
            JsonNode lineRemoved = await(probe, "line.removed", lineId);
            assertThat(lineRemoved.path("data").path("line").path("lineId").asString())
                    .isEqualTo(lineId);

            JsonNode agentRegistered = await(probe, "agent.registered", agentId);
            assertThat(agentRegistered
                            .path("data")
                            .path("agent")
                            .path("workEmail")
                            .asString())
                    .isEqualTo("karen.holm@soroe.dk");
            assertThat(agentRegistered.path("data").path("agent").path("active").asBoolean())
                    .isTrue();
            JsonNode agentChanged = await(probe, "agent.changed", agentId);
            assertThat(agentChanged.path("data").path("agent").path("active").asBoolean())
                    .isFalse();
        }
    }

    private static JsonNode await(EventProbe probe, String type, String subject) {
        return probe.awaitMatching(EventProbe.ofType(type, subject), WAIT);
    }

    private static JsonNode member(JsonNode event) {
        return event.path("data").path("member");
    }
}
