package dk.ddh.hotline.web.call;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open event streams of this replica, per agent: one per browser tab, so every tab of an agent shows the call.
 * A stream that fails is dropped; the browser reconnects and catches up from call-log.
 */
@Component
class AgentChannels {

    static final String CALL_EVENT = "opkald";
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    static final Duration RECONNECT = Duration.ofSeconds(2);

    private final Map<String, Set<SseEmitter>> streams = new ConcurrentHashMap<>();

    SseEmitter open(String agent) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        Set<SseEmitter> ofAgent = streams.computeIfAbsent(agent, key -> new CopyOnWriteArraySet<>());
        ofAgent.add(emitter);
        Runnable remove = () -> ofAgent.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        // The first bytes commit the response: the browser knows at once that it is connected, even with no call yet.
        send(emitter, SseEmitter.event().reconnectTime(RECONNECT.toMillis()).comment("forbundet"));
        return emitter;
    }

    /** Sends the rendered call to every open tab of the agent; none open, nothing to do. */
    void send(String agent, String html) {
        for (SseEmitter emitter : streams.getOrDefault(agent, Set.of())) {
            send(emitter, html);
        }
    }

    void send(SseEmitter emitter, String html) {
        send(emitter, SseEmitter.event().name(CALL_EVENT).data(html));
    }

    /** A comment every 20 s keeps idle streams open through proxies and finds the dead ones. */
    @Scheduled(fixedRate = 20_000)
    void heartbeat() {
        streams.values().stream()
                .flatMap(Set::stream)
                .toList()
                .forEach(emitter -> send(emitter, SseEmitter.event().comment("hjerteslag")));
    }

    private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            emitter.completeWithError(gone);
        }
    }
}
