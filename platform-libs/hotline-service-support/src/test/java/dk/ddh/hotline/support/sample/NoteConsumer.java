package dk.ddh.hotline.support.sample;

import dk.ddh.hotline.contracts.EventEnvelope;
import dk.ddh.hotline.support.messaging.EventReader;
import dk.ddh.hotline.support.messaging.ProcessedEvents;
import io.micrometer.tracing.Tracer;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;

/** Consumes the notes' own events, as another service would: applied once each; "poison" always fails. */
@Configuration
class NoteConsumer {

    @Bean
    Consumer<Message<byte[]>> noteEvents(
            EventReader reader, ProcessedEvents processed, JdbcClient jdbc, Tracer tracer) {
        return message -> {
            EventEnvelope<NoteWritten> event =
                    reader.read(message.getPayload(), NoteWritten.TYPE).orElseThrow();
            if (event.data().text().equals("poison")) {
                throw new IllegalArgumentException("cannot apply " + event.id());
            }
            processed.applyOnce(
                    "sample",
                    event.id(),
                    () -> jdbc.sql("""
                                    insert into applied_note_event (event_id, note_id, trace_id)
                                    values (:eventId, :noteId, :traceId)""")
                            .param("eventId", event.id())
                            .param("noteId", event.data().noteId())
                            .param("traceId", currentTraceId(tracer))
                            .update());
        };
    }

    private static String currentTraceId(Tracer tracer) {
        return tracer.currentSpan() == null
                ? null
                : tracer.currentSpan().context().traceId();
    }
}
