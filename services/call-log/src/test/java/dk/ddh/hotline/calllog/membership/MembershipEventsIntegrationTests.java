package dk.ddh.hotline.calllog.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.ddh.hotline.calllog.LearntFromMembership;
import dk.ddh.hotline.calllog.MembershipNews;
import dk.ddh.hotline.contracts.membership.LineScope;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The call log learns members, lines and agents from membership's events on RabbitMQ. */
@HotlineIntegrationTest
class MembershipEventsIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    KnownMembers members;

    @Test
    void aPilotMembersTermsTellWhoPaysOnWhichDay() {
        new MembershipNews(rabbit).pilotMember("320", "Faxe", LocalDate.of(2026, 3, 1), LocalDate.of(2028, 2, 29));

        KnownMember faxe = await().atMost(WAIT).until(() -> members.find("320").orElse(null), m -> m != null);
        assertThat(faxe.name()).isEqualTo("Faxe");
        assertThat(faxe.sponsoredOn(LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(faxe.sponsoredOn(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(faxe.sponsoredOn(LocalDate.of(2028, 3, 1))).isFalse();
    }

    /**
     * A pilot from the first to the last day Java knows was once accepted by membership and stored as ±infinity; the
     * call log cannot apply it. It is parked in the dead-letter queue and the events after it are applied.
     */
    @Test
    void anEventItCannotApplyIsParkedAndTheNextOnesAreApplied() {
        MembershipNews membership = new MembershipNews(rabbit);
        membership.pilotMember("340", "Ringsted", LocalDate.MIN, LocalDate.MAX);
        membership.member("350", "Sorø");

        new LearntFromMembership(jdbc).awaitMember("350");
        Message parked = rabbit.receive("hotline.membership.call-log.dlq", WAIT.toMillis());
        assertThat(parked).isNotNull();
        assertThat(new String(parked.getBody(), StandardCharsets.UTF_8)).contains("Ringsted");
        assertThat(members.find("340")).isEmpty();
    }

    @Test
    void anAnsweringAgentsMemberComesFromTheAgentEvents() {
        MembershipNews membership = new MembershipNews(rabbit);
        membership.line("line-330", "+4570101330", LineScope.HEALTH_APPS, "330");
        membership.agent("agent.slagelse", "330");
        LearntFromMembership learnt = new LearntFromMembership(jdbc);
        learnt.awaitAgent("agent.slagelse");
        learnt.awaitLines("+4570101330");
        TestHttp api = TestHttp.onPort(port);
        String telephony = TestTokens.forRoles("PARTNER").subject("telephony").mint();
        String path = "/api/call-log/v1/cti/calls/call-slagelse-1/events";

        api.post(telephony, path, """
                {"type": "OFFERED", "at": "2026-11-23T09:00:00Z", "dialledNumber": "+4570101330"}""");
        JsonNode answered = api.post(telephony, path, """
                        {"type": "ANSWERED", "at": "2026-11-23T09:00:10Z", "agent": "agent.slagelse"}""").body();

        assertThat(answered.path("lineScope").asString()).isEqualTo("HEALTH_APPS");
        assertThat(answered.path("agentMemberId").asString()).isEqualTo("330");
    }
}
