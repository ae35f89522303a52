package dk.ddh.hotline.web.call;

import dk.ddh.hotline.web.console.Person;
import dk.ddh.hotline.web.contact.CallCard;
import dk.ddh.hotline.web.contact.OpenCalls;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The agent's live stream of calls. On every (re)connect it first sends the calls call-log holds open for the agent,
 * so a tab that lost its connection misses nothing; then each call as the phone platform reports it answered.
 */
@RestController
class CallStreamController {

    private final AgentChannels channels;
    private final OpenCalls openCalls;
    private final CallCards cards;

    CallStreamController(AgentChannels channels, OpenCalls openCalls, CallCards cards) {
        this.channels = channels;
        this.openCalls = openCalls;
        this.cards = cards;
    }

    @GetMapping(path = "/konsol/opkald/strom", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        Person agent = Person.current();
        SseEmitter emitter = channels.open(agent.subject());
        List<CallCard> open = openCalls.of();
        // Newest first on the page, and each event is put on top: the oldest goes first.
        for (int i = open.size() - 1; i >= 0; i--) {
            channels.send(emitter, cards.render(open.get(i)));
        }
        return emitter;
    }
}
