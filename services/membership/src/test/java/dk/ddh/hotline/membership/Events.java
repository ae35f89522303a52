package dk.ddh.hotline.membership;

import dk.ddh.hotline.test.EventProbe;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** Waits for one particular event among whatever else a probe receives. */
public final class Events {

    private Events() {}

    public static JsonNode awaitMatching(EventProbe probe, Predicate<JsonNode> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int count = 1; ; count++) {
            Duration left = Duration.ofNanos(Math.max(deadline - System.nanoTime(), 1_000_000));
            List<JsonNode> received = probe.await(count, left);
            JsonNode last = received.get(count - 1);
            if (match.test(last)) {
                return last;
            }
        }
    }

    public static Predicate<JsonNode> ofType(String type, String subject) {
        return event -> type.equals(event.path("type").asString())
                && subject.equals(event.path("subject").asString());
    }
}
