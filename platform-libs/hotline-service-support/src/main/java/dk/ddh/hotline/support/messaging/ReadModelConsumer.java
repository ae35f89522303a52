package dk.ddh.hotline.support.messaging;

import dk.ddh.hotline.contracts.EventEnvelope;
import dk.ddh.hotline.contracts.EventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;

/**
 * Keeps a service's read model of another service's things in step with that service's events: each event goes to the
 * change registered for its type, applied once per event id (redeliveries change nothing) as of the event's time, so
 * the change can let the newer state win ({@link LatestStates}). Events of other types are ignored. Built with
 * {@link ReadModelConsumers#named(String)} and returned as the {@code Consumer<Message<byte[]>>} of a stream binding.
 */
public final class ReadModelConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(ReadModelConsumer.class);

    private final String name;
    private final EventReader reader;
    private final ProcessedEvents processed;
    private final List<Route<?>> routes = new ArrayList<>();

    ReadModelConsumer(String name, EventReader reader, ProcessedEvents processed) {
        this.name = name;
        this.reader = reader;
        this.processed = processed;
    }

    /** Applies events of the type to the read model. */
    public <T> ReadModelConsumer on(EventType<? extends T> type, Change<T> change) {
        routes.add(route(type, change));
        return this;
    }

    /** Applies events of any of the types, e.g. every event that carries a member's state, the same way. */
    public <T> ReadModelConsumer on(Collection<? extends EventType<? extends T>> types, Change<T> change) {
        types.forEach(type -> on(type, change));
        return this;
    }

    @Override
    public void accept(Message<byte[]> message) {
        byte[] body = message.getPayload();
        EventReader.Header header = reader.header(body);
        routes.stream()
                .filter(route -> header.isOf(route.type()))
                .findFirst()
                .ifPresentOrElse(
                        route -> apply(route, body),
                        () -> log.debug("{} ignores an event of type {}", name, header.type()));
    }

    private <S extends T, T> Route<S> route(EventType<S> type, Change<T> change) {
        return new Route<>(type, change::apply);
    }

    /** A change to the read model by one event's data, as of the time the event happened. */
    @FunctionalInterface
    public interface Change<T> {

        void apply(T data, Instant asOf);
    }

    private <S> void apply(Route<S> route, byte[] body) {
        EventEnvelope<S> event = reader.readAs(body, route.type());
        processed.applyOnce(
                name,
                event.id(),
                () -> route.change().apply(event.data(), event.time().toInstant()));
    }

    private record Route<S>(EventType<S> type, Change<S> change) {}
}
