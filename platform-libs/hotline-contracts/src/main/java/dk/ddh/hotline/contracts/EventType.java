package dk.ddh.hotline.contracts;

import java.util.Objects;

/**
 * An event type on the wire: a dotted past-tense name (also the RabbitMQ routing key), the version of its data record
 * and the record class that version is read as. Wire names are chosen here, never derived from Java class names.
 *
 * @param <T> the data record of this type and version
 */
public record EventType<T>(String name, int version, Class<T> dataType) {

    private static final String DATASCHEMA_PREFIX = "urn:dk.ddh.hotline:event:";

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataType, "dataType");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }

    /** The CloudEvents {@code dataschema} of this type, e.g. {@code urn:dk.ddh.hotline:event:member.registered:1}. */
    public String dataschema() {
        return DATASCHEMA_PREFIX + name + ":" + version;
    }

    /**
     * Whether an envelope's {@code type} and {@code dataschema} are this type and version. An envelope without a
     * {@code dataschema} is of the first version; another version of the same name is another type.
     */
    public boolean describes(String type, String dataschema) {
        return name.equals(type)
                && (dataschema == null ? version == 1 : dataschema().equals(dataschema));
    }
}
