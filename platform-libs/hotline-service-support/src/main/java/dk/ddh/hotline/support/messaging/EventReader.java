package dk.ddh.hotline.support.messaging;

import dk.ddh.hotline.contracts.EventEnvelope;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/** Reads a hotline event (CloudEvents structured JSON) with its data as the given record type. */
public class EventReader {

    private final JsonMapper json;

    EventReader(JsonMapper json) {
        this.json = json;
    }

    public <T> EventEnvelope<T> read(byte[] body, Class<T> dataType) {
        JavaType type = json.getTypeFactory().constructParametricType(EventEnvelope.class, dataType);
        return json.readValue(body, type);
    }
}
