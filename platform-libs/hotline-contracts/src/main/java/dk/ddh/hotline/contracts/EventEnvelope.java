package dk.ddh.hotline.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON mode: the attributes every hotline event carries around its data record.
 * The wire format is exactly this record serialised as JSON with content type {@value #CONTENT_TYPE}.
 *
 * @param specversion always {@value #SPEC_VERSION}
 * @param id unique per event; consumers deduplicate on it
 * @param source the producing service, e.g. {@code /hotline/membership}
 * @param type the event type, e.g. {@code member.registered}
 * @param time when the state change happened
 * @param subject the id of the thing the event is about (a member code, a line id)
 * @param dataschema names the type and version of {@code data}, see {@link EventType#dataschema()}
 * @param data the event record
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope<T>(
        String specversion,
        String id,
        String source,
        String type,
        OffsetDateTime time,
        String subject,
        String dataschema,
        String datacontenttype,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }

    /** A new event of the given type, with a fresh id and the current time in UTC. */
    public static <T> EventEnvelope<T> of(String source, EventType<T> type, String subject, T data) {
        return new EventEnvelope<>(
                SPEC_VERSION,
                UUID.randomUUID().toString(),
                source,
                type.name(),
                OffsetDateTime.now(ZoneOffset.UTC),
                subject,
                type.dataschema(),
                "application/json",
                data);
    }
}
