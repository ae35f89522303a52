package dk.ddh.hotline.support.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.ddh.hotline.contracts.EventEnvelope;
import dk.ddh.hotline.contracts.EventType;
import java.util.Optional;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a hotline event (CloudEvents structured JSON) by its type: the envelope's {@code type} and {@code dataschema}
 * say which record its data is, read with the service's strict JSON rules.
 */
public class EventReader {

    private final JsonMapper json;

    EventReader(JsonMapper json) {
        this.json = json;
    }

    /** The event with its data as the type's record, or empty when the event is of another type or version. */
    public <T> Optional<EventEnvelope<T>> read(byte[] body, EventType<T> type) {
        return header(body).isOf(type) ? Optional.of(readAs(body, type)) : Optional.empty();
    }

    /** Which type the event is, read before its data because the type decides the data's record. */
    Header header(byte[] body) {
        return json.readValue(body, Header.class);
    }

    /** The event as the given type, which its header says it is. */
    <T> EventEnvelope<T> readAs(byte[] body, EventType<T> type) {
        JavaType envelope = json.getTypeFactory().constructParametricType(EventEnvelope.class, type.dataType());
        return json.readValue(body, envelope);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Header(String type, String dataschema) {

        boolean isOf(EventType<?> eventType) {
            return eventType.describes(type, dataschema);
        }
    }
}
