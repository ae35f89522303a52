package dk.ddh.hotline.support.messaging;

/** Where a service gets its {@link ReadModelConsumer}s: each reads the service's strict JSON and applies events once. */
public class ReadModelConsumers {

    private final EventReader reader;
    private final ProcessedEvents processed;

    ReadModelConsumers(EventReader reader, ProcessedEvents processed) {
        this.reader = reader;
        this.processed = processed;
    }

    /**
     * A consumer without changes yet; add them with {@link ReadModelConsumer#on}.
     *
     * @param name the consumer's name in the record of applied events, e.g. {@code guides.known-members}: keep it once
     *     chosen, or applied events count as new
     */
    public ReadModelConsumer named(String name) {
        return new ReadModelConsumer(name, reader, processed);
    }
}
