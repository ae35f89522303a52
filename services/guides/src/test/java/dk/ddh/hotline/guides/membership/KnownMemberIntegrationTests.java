package dk.ddh.hotline.guides.membership;

import static dk.ddh.hotline.guides.GuideSteps.guide;
import static dk.ddh.hotline.guides.GuideSteps.memberAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.ddh.hotline.contracts.EventEnvelope;
import dk.ddh.hotline.contracts.EventType;
import dk.ddh.hotline.contracts.Exchanges;
import dk.ddh.hotline.contracts.membership.MemberKind;
import dk.ddh.hotline.contracts.membership.MemberRegistered;
import dk.ddh.hotline.contracts.membership.MemberSnapshot;
import dk.ddh.hotline.contracts.membership.MemberStatus;
import dk.ddh.hotline.contracts.membership.MemberStatusChanged;
import dk.ddh.hotline.contracts.membership.MembershipEvents;
import dk.ddh.hotline.contracts.membership.Payer;
import dk.ddh.hotline.test.FakeProducer;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Members become known from membership's events on RabbitMQ, once per event and never set back by an old one. */
@HotlineIntegrationTest
class KnownMemberIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    KnownMembers knownMembers;

    @Autowired
    JdbcClient jdbc;

    TestHttp api;

    @BeforeEach
    void setUp() {
        api = TestHttp.at("http://localhost:" + port + "/api/guides/v1");
    }

    @Test
    void aRegisteredMemberBecomesKnownAndMayThenOwnGuides() {
        String naestvedAdmin = memberAdmin("370", "naestved-admin");
        Response before =
                api.post(naestvedAdmin, "/guides", guide("370", "Næstved: kørekort", "1.", "CITIZEN", "Kørekort"));
        assertThat(before.status()).isEqualTo(400);
        assertThat(before.problem()).isEqualTo("unknown-member");

        publish(
                MembershipEvents.MEMBER_REGISTERED,
                UUID.randomUUID().toString(),
                MONDAY,
                new MemberRegistered(member("370", MemberStatus.INVITED)));

        await().atMost(WAIT).until(() -> knownMembers.find("370").isPresent());
        assertThat(knownMembers.find("370"))
                .contains(new KnownMember("370", "Næstved Kommune", MemberKind.MUNICIPALITY, MemberStatus.INVITED));
        assertThat(api.post(naestvedAdmin, "/guides", guide("370", "Næstved: kørekort", "1.", "CITIZEN", "Kørekort"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void appliesARedeliveredEventOnceAndIgnoresAnOlderState() {
        String eventId = UUID.randomUUID().toString();
        publish(
                MembershipEvents.MEMBER_REGISTERED,
                eventId,
                MONDAY,
                new MemberRegistered(member("390", MemberStatus.INVITED)));
        publish(
                MembershipEvents.MEMBER_REGISTERED,
                eventId,
                MONDAY,
                new MemberRegistered(member("390", MemberStatus.INVITED)));
        publish(
                MembershipEvents.MEMBER_STATUS_CHANGED,
                UUID.randomUUID().toString(),
                MONDAY.plusDays(2),
                new MemberStatusChanged(member("390", MemberStatus.LEFT), MemberStatus.INVITED));
        publish(
                MembershipEvents.MEMBER_STATUS_CHANGED,
                UUID.randomUUID().toString(),
                MONDAY.plusDays(1),
                new MemberStatusChanged(member("390", MemberStatus.SELECTED), MemberStatus.INVITED));

        await().atMost(WAIT).until(() -> processed() == 3);
        assertThat(knownMembers.find("390").map(KnownMember::status)).isEqualTo(Optional.of(MemberStatus.LEFT));
        Response refused = api.post(memberAdmin("390", "v-admin"), "/guides", guide("390", "X", "Y", "AGENT", "MitID"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problem()).isEqualTo("member-has-left");
    }

    private long processed() {
        return jdbc.sql("select count(*) from hotline_processed_event")
                .query(Long.class)
                .single();
    }

    private void publish(EventType<?> type, String id, OffsetDateTime time, Object data) {
        EventEnvelope<Object> event = new EventEnvelope<>(
                EventEnvelope.SPEC_VERSION,
                id,
                MembershipEvents.SOURCE,
                type.name(),
                time,
                "390",
                type.dataschema(),
                "application/json",
                data);
        new FakeProducer(rabbit, Exchanges.MEMBERSHIP, MembershipEvents.SOURCE).publish(event);
    }

    private static MemberSnapshot member(String code, MemberStatus status) {
        String name = code.equals("370") ? "Næstved Kommune" : "Vordingborg Kommune";
        return new MemberSnapshot(
                code, name, MemberKind.MUNICIPALITY, status, null, null, Payer.SELF, null, null, BigDecimal.ZERO);
    }
}
