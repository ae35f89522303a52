package dk.ddh.hotline.contracts.guides;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.contracts.EventEnvelope;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GuidesEventsTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void guidePublishedSurvivesJsonRoundTripWithItsWireNames() {
        var event = EventEnvelope.of(
                GuidesEvents.SOURCE,
                GuidesEvents.GUIDE_PUBLISHED,
                "2f0c1d7e-1111-4c3b-9c55-0a5d3c1e0001",
                new GuidePublished(
                        "2f0c1d7e-1111-4c3b-9c55-0a5d3c1e0001",
                        3,
                        "Booking af tid i MinSundhedsplatform",
                        "1085",
                        "CITIZEN",
                        List.of("MinSundhedsplatform"),
                        LocalDate.of(2027, 6, 1)));

        String wire = json.writeValueAsString(event);
        EventEnvelope<GuidePublished> read = json.readValue(wire, new TypeReference<>() {});
        JsonNode tree = json.readTree(wire);

        assertThat(read).isEqualTo(event);
        assertThat(tree.get("type").asString()).isEqualTo("guide.published");
        assertThat(tree.get("source").asString()).isEqualTo("/hotline/guides");
        assertThat(tree.get("data").get("reviewDue").asString()).isEqualTo("2027-06-01");
        assertThat(wire).doesNotContain("GuidePublished");
    }

    @Test
    void commonGuideHasNoOwnerOnTheWire() {
        var published = new GuidePublished("g-1", 1, "Mistet telefon med MitID", null, "AGENT", List.of("MitID"), null);

        GuidePublished read = json.readValue(json.writeValueAsString(published), GuidePublished.class);

        assertThat(read.ownerId()).isNull();
        assertThat(read).isEqualTo(published);
    }

    @Test
    void trainingCompletedSurvivesJsonRoundTrip() {
        var event = EventEnvelope.of(
                GuidesEvents.SOURCE,
                GuidesEvents.TRAINING_COMPLETED,
                "agent-7",
                new TrainingCompleted("health-apps", "agent-7", "253", "HEALTH_APPS", 90));

        EventEnvelope<TrainingCompleted> read =
                json.readValue(json.writeValueAsString(event), new TypeReference<>() {});

        assertThat(read).isEqualTo(event);
        assertThat(read.dataschema()).isEqualTo("urn:dk.ddh.hotline:event:training.completed:1");
    }
}
