package dk.ddh.hotline.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ddh.hotline.contracts.EventEnvelope;
import dk.ddh.hotline.contracts.EventType;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

/** A read model kept from another service's events: the newest state wins, each event applies once, by its type. */
@HotlineIntegrationTest
class ReadModelIntegrationTests {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final EventType<KnownNote> WRITTEN = new EventType<>("note.written", 1, KnownNote.class);
    private static final EventType<KnownNote> REVISED = new EventType<>("note.revised", 1, KnownNote.class);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReadModelConsumers consumers;

    @Autowired
    JsonMapper json;

    private LatestStates<KnownNote> notes;

    @BeforeEach
    void setUp() {
        notes = new LatestStates<>(jdbc, "known_note", KnownNote.class);
        jdbc.sql("delete from known_note").update();
    }

    @Test
    void anOlderStateArrivingAfterANewerOneChangesNothing() {
        assertThat(notes.remember(note("n-1", "second", Kind.TIP), MONDAY.plusSeconds(60)))
                .isTrue();
        assertThat(notes.remember(note("n-1", "first", Kind.WARNING), MONDAY)).isFalse();

        assertThat(notes.find("n-1")).contains(note("n-1", "second", Kind.TIP));
        assertThat(notes.newerStored("n-1", MONDAY)).isTrue();
        assertThat(notes.newerStored("n-1", MONDAY.plusSeconds(60))).isFalse();
    }

    @Test
    void aStateAsOfTheSameTimeReplacesTheStoredOne() {
        notes.remember(note("n-2", "first", Kind.TIP), MONDAY);

        assertThat(notes.remember(note("n-2", "again", Kind.TIP), MONDAY)).isTrue();
        assertThat(notes.find("n-2").map(KnownNote::text)).contains("again");
    }

    @Test
    void aThingIsForgottenUnlessANewerStateOfItIsStored() {
        notes.remember(note("n-3", "kept", Kind.TIP), MONDAY.plusSeconds(60));

        notes.forget("n-3", MONDAY);
        assertThat(notes.find("n-3")).isPresent();
        notes.forget("n-3", MONDAY.plusSeconds(60));
        assertThat(notes.find("n-3")).isEmpty();
    }

    @Test
    void storesEnumsByNameAndDatesAsDaysAndListsByKey() {
        notes.remember(note("n-5", "b", Kind.WARNING), MONDAY);
        notes.remember(note("n-4", "a", Kind.TIP), MONDAY);

        assertThat(jdbc.sql("select kind, cast(written_on as text) as day from known_note where note_id = 'n-5'")
                        .query()
                        .singleRow())
                .isEqualTo(Map.of("kind", "WARNING", "day", "2026-03-02"));
        assertThat(notes.all()).extracting(KnownNote::noteId).containsExactly("n-4", "n-5");
    }

    @Test
    void appliesEachEventOnceToTheChangeOfItsTypeAndVersionAndIgnoresOthers() {
        List<String> applied = new ArrayList<>();
        ReadModelConsumer consumer = consumers
                .named("notes-" + UUID.randomUUID())
                .on(WRITTEN, (note, asOf) -> applied.add("written " + note.text() + " at " + asOf))
                .on(List.of(REVISED), (note, asOf) -> applied.add("revised " + note.text()));
        String written = UUID.randomUUID().toString();

        consumer.accept(event(WRITTEN, written, note("n-6", "a", Kind.TIP)));
        consumer.accept(event(WRITTEN, written, note("n-6", "a", Kind.TIP)));
        consumer.accept(event(new EventType<>("note.revised", 2, KnownNote.class), id(), note("n-6", "b", Kind.TIP)));
        consumer.accept(event(new EventType<>("note.deleted", 1, KnownNote.class), id(), note("n-6", "c", Kind.TIP)));
        consumer.accept(event(REVISED, id(), note("n-6", "d", Kind.TIP)));

        assertThat(applied).containsExactly("written a at " + MONDAY, "revised d");
    }

    @Test
    void refusesAnEnumGivenAsANumberAndAppliesNothing() {
        List<KnownNote> applied = new ArrayList<>();
        ReadModelConsumer consumer =
                consumers.named("notes-" + UUID.randomUUID()).on(WRITTEN, (note, asOf) -> applied.add(note));
        String wire = new String(
                        event(WRITTEN, id(), note("n-7", "a", Kind.TIP)).getPayload(), StandardCharsets.UTF_8)
                .replace("\"TIP\"", "0");

        assertThatThrownBy(() -> consumer.accept(MessageBuilder.withPayload(wire.getBytes(StandardCharsets.UTF_8))
                        .build()))
                .hasMessageContaining("kind");
        assertThat(applied).isEmpty();
    }

    private Message<byte[]> event(EventType<KnownNote> type, String id, KnownNote note) {
        var envelope = new EventEnvelope<>(
                EventEnvelope.SPEC_VERSION,
                id,
                "/hotline/sample",
                type.name(),
                OffsetDateTime.ofInstant(MONDAY, ZoneOffset.UTC),
                note.noteId(),
                type.dataschema(),
                "application/json",
                note);
        return MessageBuilder.withPayload(json.writeValueAsBytes(envelope)).build();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static KnownNote note(String id, String text, Kind kind) {
        return new KnownNote(id, text, kind, LocalDate.of(2026, 3, 2));
    }

    enum Kind {
        TIP,
        WARNING
    }

    record KnownNote(String noteId, String text, Kind kind, LocalDate writtenOn) {}
}
