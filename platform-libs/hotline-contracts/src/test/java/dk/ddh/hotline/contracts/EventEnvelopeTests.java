package dk.ddh.hotline.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ddh.hotline.contracts.membership.AgentRegistered;
import dk.ddh.hotline.contracts.membership.AgentSnapshot;
import dk.ddh.hotline.contracts.membership.LineRegistered;
import dk.ddh.hotline.contracts.membership.LineScope;
import dk.ddh.hotline.contracts.membership.LineSnapshot;
import dk.ddh.hotline.contracts.membership.MemberKind;
import dk.ddh.hotline.contracts.membership.MemberRegistered;
import dk.ddh.hotline.contracts.membership.MemberSnapshot;
import dk.ddh.hotline.contracts.membership.MemberStatus;
import dk.ddh.hotline.contracts.membership.MemberStatusChanged;
import dk.ddh.hotline.contracts.membership.MembershipEvents;
import dk.ddh.hotline.contracts.membership.Payer;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventEnvelopeTests {

    private final JsonMapper json = JsonMapper.builder().build();

    private final MemberSnapshot greve = new MemberSnapshot(
            "253",
            "Greve Kommune",
            MemberKind.MUNICIPALITY,
            MemberStatus.ACTIVE,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2027, 12, 31),
            Payer.SPONSOR,
            "1085",
            1,
            new BigDecimal("37.5"));

    @Test
    void memberEventSurvivesJsonRoundTrip() {
        var event = EventEnvelope.of(
                MembershipEvents.SOURCE,
                MembershipEvents.MEMBER_STATUS_CHANGED,
                "253",
                new MemberStatusChanged(greve, MemberStatus.ONBOARDING));

        String wire = json.writeValueAsString(event);
        EventEnvelope<MemberStatusChanged> read =
                json.readValue(wire, new TypeReference<EventEnvelope<MemberStatusChanged>>() {});

        assertThat(read).isEqualTo(event);
    }

    @Test
    void lineAndAgentEventsSurviveJsonRoundTrip() {
        var line = EventEnvelope.of(
                MembershipEvents.SOURCE,
                MembershipEvents.LINE_REGISTERED,
                "l-1",
                new LineRegistered(new LineSnapshot("l-1", "+4570101010", LineScope.HEALTH_APPS, "1085")));
        var agent = EventEnvelope.of(
                MembershipEvents.SOURCE,
                MembershipEvents.AGENT_REGISTERED,
                "a-1",
                new AgentRegistered(new AgentSnapshot("a-1", "253", "Mette Hansen", "meha@greve.dk", true)));

        assertThat(json.readValue(json.writeValueAsString(line), new TypeReference<EventEnvelope<LineRegistered>>() {}))
                .isEqualTo(line);
        assertThat(json.readValue(
                        json.writeValueAsString(agent), new TypeReference<EventEnvelope<AgentRegistered>>() {}))
                .isEqualTo(agent);
    }

    @Test
    void wireFormatUsesCloudEventsAttributeNamesAndTypeNotClassName() {
        var event = EventEnvelope.of(
                MembershipEvents.SOURCE,
                MembershipEvents.MEMBER_STATUS_CHANGED,
                "253",
                new MemberStatusChanged(greve, MemberStatus.ONBOARDING));

        JsonNode wire = json.readTree(json.writeValueAsString(event));

        assertThat(wire.get("specversion").asString()).isEqualTo("1.0");
        assertThat(wire.get("type").asString()).isEqualTo("member.status-changed");
        assertThat(wire.get("source").asString()).isEqualTo("/hotline/membership");
        assertThat(wire.get("subject").asString()).isEqualTo("253");
        assertThat(wire.get("dataschema").asString()).isEqualTo("urn:dk.ddh.hotline:event:member.status-changed:1");
        assertThat(wire.get("time").asString()).endsWith("Z");
        assertThat(wire.get("data").get("member").get("committedHoursPerWeek").decimalValue())
                .isEqualByComparingTo("37.5");
        assertThat(wire.toString()).doesNotContain("MemberStatusChanged");
    }

    @Test
    void membershipsEnumsTravelAsTheirNames() {
        var event = EventEnvelope.of(
                MembershipEvents.SOURCE,
                MembershipEvents.MEMBER_STATUS_CHANGED,
                "253",
                new MemberStatusChanged(greve, MemberStatus.ONBOARDING));

        JsonNode data = json.readTree(json.writeValueAsString(event)).get("data");

        assertThat(data.get("previousStatus").asString()).isEqualTo("ONBOARDING");
        assertThat(data.get("member").get("kind").asString()).isEqualTo("MUNICIPALITY");
        assertThat(data.get("member").get("status").asString()).isEqualTo("ACTIVE");
        assertThat(data.get("member").get("payer").asString()).isEqualTo("SPONSOR");
    }

    @Test
    void anEventTypeDescribesItsNameAndVersionOnly() {
        EventType<MemberRegistered> registered = MembershipEvents.MEMBER_REGISTERED;
        var second = new EventType<>("member.registered", 2, MemberRegistered.class);

        assertThat(registered.describes("member.registered", "urn:dk.ddh.hotline:event:member.registered:1"))
                .isTrue();
        assertThat(registered.describes("member.registered", null)).isTrue();
        assertThat(second.describes("member.registered", null)).isFalse();
        assertThat(second.describes("member.registered", registered.dataschema()))
                .isFalse();
        assertThat(registered.describes("member.terms-changed", null)).isFalse();
    }

    @Test
    void refusesAnEventWithoutData() {
        assertThatThrownBy(() -> EventEnvelope.of(MembershipEvents.SOURCE, MembershipEvents.LINE_REMOVED, "x", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void eventTypeVersionStartsAtOne() {
        assertThatThrownBy(() -> new EventType<>("member.registered", 0, MemberRegistered.class))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
