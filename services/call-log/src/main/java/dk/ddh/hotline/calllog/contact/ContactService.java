package dk.ddh.hotline.calllog.contact;

import dk.ddh.hotline.calllog.contact.CallEventBatch.CallEventOfCall;
import dk.ddh.hotline.contracts.EventEnvelope;
import dk.ddh.hotline.contracts.EventType;
import dk.ddh.hotline.contracts.Exchanges;
import dk.ddh.hotline.contracts.calllog.CallLogEvents;
import dk.ddh.hotline.contracts.calllog.ContactAnswered;
import dk.ddh.hotline.contracts.calllog.ContactClosed;
import dk.ddh.hotline.support.outbox.EventOutbox;
import dk.ddh.hotline.support.phone.PhoneNumber;
import dk.ddh.hotline.support.problem.ConflictException;
import dk.ddh.hotline.support.problem.ForbiddenException;
import dk.ddh.hotline.support.problem.InvalidRequestException;
import dk.ddh.hotline.support.problem.NotFoundException;
import dk.ddh.hotline.support.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts from the phone platform and from agents: each call id becomes one contact however often its events
 * arrive; the first answer of a call publishes {@code contact.answered}, closing a contact (wrap-up, or a call that
 * ended unanswered) {@code contact.closed}.
 */
@Service
public class ContactService {

    private final Contacts contacts;
    private final CallerHash callerHash;
    private final CallLogProperties properties;
    private final EventOutbox outbox;
    private final Clock clock;

    ContactService(
            Contacts contacts, CallerHash callerHash, CallLogProperties properties, EventOutbox outbox, Clock clock) {
        this.properties = properties;
        this.contacts = contacts;
        this.callerHash = callerHash;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Contact callEvent(String callId, CallEvent event) {
        return switch (event.type()) {
            case OFFERED -> offered(callId, event);
            case ANSWERED ->
                contacts.answer(callId, event.at(), event.agent(), event.agentMemberId())
                        .map(this::announceAnswered)
                        .orElseGet(() -> unchanged(callId, event));
            case ENDED ->
                contacts.end(callId, event.at()).map(this::closeIfAbandoned).orElseGet(() -> unchanged(callId, event));
        };
    }

    /**
     * The batch's events in order, all or none: a refused event refuses the batch with the event's index in each
     * field name ({@code events[3].event.at}). The contacts of the batch's calls, each once, as they are afterwards.
     */
    @Transactional
    public List<Contact> callEvents(CallEventBatch batch) {
        Map<String, Contact> touched = new LinkedHashMap<>();
        List<CallEventOfCall> events = batch.events();
        for (int i = 0; i < events.size(); i++) {
            CallEventOfCall event = events.get(i);
            try {
                touched.put(event.callId(), callEvent(event.callId(), event.event()));
            } catch (InvalidRequestException refused) {
                throw refused.within("events[" + i + "].event");
            } catch (NotFoundException unknown) {
                throw new InvalidRequestException(
                        "validation-failed",
                        "Event " + i + " of the batch is for call " + event.callId()
                                + ", which was not offered; no event of the batch was recorded",
                        InvalidRequestException.fieldError("events[" + i + "].callId", "no such call was offered"));
            }
        }
        return List.copyOf(touched.values());
    }

    private Contact offered(String callId, CallEvent event) {
        PhoneNumber dialled = PhoneNumber.parse(event.dialledNumber())
                .orElseThrow(() -> new InvalidRequestException(
                        "validation-failed",
                        "An offered call needs the dialled number",
                        InvalidRequestException.fieldError("dialledNumber", "must not be null")));
        Optional<String> caller = callerHash.of(event.callerNumber());
        Optional<Contact> offered =
                contacts.offer(UUID.randomUUID(), callId, dialled.e164(), event.at(), caller.orElse(null));
        offered.ifPresent(contact ->
                caller.ifPresent(hash -> contacts.calledAgain(hash, event.at(), properties.repeatCallWindow())));
        return offered.orElseGet(() -> call(callId));
    }

    /**
     * An answer or end that changed nothing: a repeat (the contact as it is), an unknown call (404) or an event dated
     * before the call was offered (400).
     */
    private Contact unchanged(String callId, CallEvent event) {
        Contact call = call(callId);
        if (event.at().isBefore(call.offeredAt())) {
            throw new InvalidRequestException(
                    "validation-failed",
                    "The call cannot be " + event.type().name().toLowerCase(Locale.ROOT) + " before it was offered",
                    InvalidRequestException.fieldError("at", "must not be before " + call.offeredAt()));
        }
        return call;
    }

    /** The answering agent's console shows the call: who dialled which line, and whether the caller called recently. */
    private Contact announceAnswered(Contact answered) {
        publish(
                CallLogEvents.CONTACT_ANSWERED,
                answered,
                new ContactAnswered(
                        answered.id().toString(),
                        answered.callId(),
                        answered.agent(),
                        answered.agentMemberId(),
                        answered.memberId(),
                        answered.lineScope(),
                        answered.dialledNumber(),
                        answered.offeredAt(),
                        answered.answeredAt(),
                        answered.repeatCaller()));
        return answered;
    }

    /** A call that ends before anyone answered was abandoned in the queue: closed without a wrap-up. */
    private Contact closeIfAbandoned(Contact ended) {
        if (ended.answeredAt() == null && !ended.closed()) {
            return close(ended, new WrapUp(Outcome.ABANDONED, List.of(), List.of(), null), null, null);
        }
        return ended;
    }

    /** A contact an agent records by hand, without telephony: answered now by the caller. */
    @Transactional
    public Contact start(Channel channel, String memberId, Caller agent) {
        Instant now = clock.instant();
        Contact contact = new Contact(
                UUID.randomUUID(),
                null,
                channel,
                null,
                memberId,
                null,
                false,
                false,
                agent.subject(),
                agent.member().orElse(null),
                now,
                now,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null);
        contacts.insert(contact);
        return contact(contact.id());
    }

    @Transactional
    public Contact end(UUID id, Caller agent) {
        Contact contact = locked(id);
        requireItsAgent(contact, agent);
        contacts.ended(contact.id(), clock.instant());
        return closeIfAbandoned(contact(id));
    }

    @Transactional
    public Contact wrapUp(UUID id, WrapUp wrapUp, Caller agent) {
        Contact contact = locked(id);
        requireItsAgent(contact, agent);
        if (contact.closed()) {
            throw new ConflictException(
                    "contact-closed", "Contact " + id + " is wrapped up already", Map.of("contactId", id));
        }
        if (contact.endedAt() == null) {
            throw new ConflictException(
                    "contact-not-ended", "Contact " + id + " has not ended yet", Map.of("contactId", id));
        }
        return close(contact, wrapUp, agent.subject(), agent.member().orElse(null));
    }

    @Transactional(readOnly = true)
    public List<Contact> openOf(Caller agent) {
        return contacts.openOf(agent.subject());
    }

    @Transactional(readOnly = true)
    public Contact get(UUID id) {
        return contact(id);
    }

    private Contact close(Contact contact, WrapUp wrapUp, String agent, String agentMemberId) {
        contacts.closed(contact.id(), wrapUp, agent, agentMemberId, clock.instant());
        Contact closed = contact(contact.id());
        publish(
                CallLogEvents.CONTACT_CLOSED,
                closed,
                new ContactClosed(
                        closed.id().toString(),
                        closed.memberId(),
                        closed.lineScope(),
                        closed.channel().name(),
                        closed.agentMemberId(),
                        closed.offeredAt(),
                        closed.waitSeconds(),
                        closed.handlingSeconds(),
                        closed.outcome().name(),
                        closed.systems()));
        return closed;
    }

    /** An event about the contact, published after the transaction of its change commits (and only then). */
    private void publish(EventType type, Contact contact, Object data) {
        outbox.append(
                Exchanges.CALL_LOG,
                EventEnvelope.of(CallLogEvents.SOURCE, type, contact.id().toString(), data));
    }

    /** A contact not yet taken by an agent (a queued call) may be wrapped up by whoever answers for it. */
    private static void requireItsAgent(Contact contact, Caller caller) {
        if (contact.agent() != null && !contact.agent().equals(caller.subject())) {
            throw new ForbiddenException("Only the agent who handled the contact may change it");
        }
    }

    private Contact call(String callId) {
        return contacts.findByCall(callId).orElseThrow(() -> new NotFoundException("call", callId));
    }

    private Contact contact(UUID id) {
        return contacts.find(id).orElseThrow(() -> new NotFoundException("contact", id));
    }

    private Contact locked(UUID id) {
        return contacts.lock(id).orElseThrow(() -> new NotFoundException("contact", id));
    }
}
