package dk.ddh.hotline.contracts;

import java.util.Objects;

/**
 * An event type on the wire: a dotted past-tense name (also the RabbitMQ routing key) and the version of its data
 * record. Wire names are chosen here, never derived from Java class names.
 */
public record EventType(String name, int version) {

    public EventType {
        Objects.requireNonNull(name, "name");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }

    /** The CloudEvents {@code dataschema} of this type, e.g. {@code urn:dk.ddh.hotline:event:member.registered:1}. */
    public String dataschema() {
        return "urn:dk.ddh.hotline:event:" + name + ":" + version;
    }
}
