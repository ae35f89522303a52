package dk.ddh.hotline.contracts.calllog;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.contracts.EventEnvelope;
import dk.ddh.hotline.contracts.membership.LineScope;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CallLogEventsTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void contactClosedSurvivesJsonRoundTripWithItsWireNames() {
        var event = EventEnvelope.of(
                CallLogEvents.SOURCE,
                CallLogEvents.CONTACT_CLOSED,
                "c-1",
                new ContactClosed(
                        "c-1",
                        "253",
                        LineScope.GENERAL,
                        "PHONE",
                        "259",
                        Instant.parse("2026-11-23T08:15:00Z"),
                        42L,
                        300L,
                        "RESOLVED",
                        List.of("MitID")));

        String wire = json.writeValueAsString(event);
        EventEnvelope<ContactClosed> read = json.readValue(wire, new TypeReference<>() {});
        JsonNode tree = json.readTree(wire);

        assertThat(read).isEqualTo(event);
        assertThat(tree.get("type").asString()).isEqualTo("contact.closed");
        assertThat(tree.get("data").get("offeredAt").asString()).isEqualTo("2026-11-23T08:15:00Z");
        assertThat(tree.get("data").has("notes")).isFalse();
    }
}
