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
import dk.ddh.hotline.support.problem.InvalidRequestException;
import dk.ddh.hotline.support.problem.NotFoundException;
import dk.ddh.hotline.support.security.Caller;
import dk.ddh.hotline.support.web.PageResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts from the phone platform and from agents: each call id becomes one contact however often its events
 * arrive, and changes as {@link Contact} allows; the first answer of a call publishes {@code contact.answered},
 * closing a contact (wrap-up, or a call that ended unanswered) {@code contact.closed}. Each change locks the contact
 * until its transaction ends.
 */
@Service
class ContactService {

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

    /**
     * The usual answer (of a call waiting to be answered) and end (of an answered call) take one statement each (ADR
     * 7); any other event is decided by {@link Contact} on the locked contact: a repeat, an end unanswered, an event
     * out of order.
     */
    @Transactional
    public Contact callEvent(String callId, CallEvent event) {
        Instant at = asStored(event.at());
        return switch (event.type()) {
            case OFFERED -> offered(callId, event, at);
            case ANSWERED ->
                contacts.answer(callId, at, event.agent(), event.agentMemberId())
                        .map(this::announced)
                        .orElseGet(() ->
                                changed(call(callId), call -> call.answer(at, event.agent(), agentMemberOf(event))));
            case ENDED -> contacts.end(callId, at).orElseGet(() -> changed(call(callId), call -> call.end(at, now())));
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

    private Contact offered(String callId, CallEvent event, Instant at) {
        PhoneNumber dialled = PhoneNumber.parse(event.dialledNumber())
                .orElseThrow(() -> new InvalidRequestException(
                        "validation-failed",
                        "An offered call needs the dialled number",
                        InvalidRequestException.fieldError("dialledNumber", "must not be null")));
        Optional<String> caller = callerHash.of(event.callerNumber());
        Optional<Contact> offered = contacts.offer(UUID.randomUUID(), callId, dialled.e164(), at, caller.orElse(null));
        offered.ifPresent(
                contact -> caller.ifPresent(hash -> contacts.calledAgain(hash, at, properties.repeatCallWindow())));
        return offered.orElseGet(() -> call(callId));
    }

    /** The answering agent's member: as the phone platform says, else as membership announced it. */
    private String agentMemberOf(CallEvent answered) {
        if (answered.agentMemberId() != null || answered.agent() == null) {
            return answered.agentMemberId();
        }
        return contacts.memberOfAgent(answered.agent()).orElse(null);
    }

    /** A contact an agent records by hand, without telephony: answered now by the caller. */
    @Transactional
    public Contact start(Channel channel, String memberId, Caller agent) {
        Contact contact = Contact.startedBy(
                UUID.randomUUID(),
                channel,
                memberId,
                agent.subject(),
                agent.member().orElse(null),
                now());
        contacts.insert(contact);
        return contact;
    }

    @Transactional
    public Contact end(UUID id, Caller agent) {
        return changed(locked(id), contact -> contact.endBy(agent.subject(), now()));
    }

    @Transactional
    public Contact wrapUp(UUID id, WrapUp wrapUp, Caller agent) {
        Contact contact = locked(id);
        contact.wrapUp(wrapUp, agent.subject(), agent.member().orElse(null), now());
        saved(contact);
        return contact;
    }

    @Transactional(readOnly = true)
    public PageResponse<Contact> openOf(Caller agent, int page, int size) {
        return contacts.openOf(agent.subject(), page, size);
    }

    @Transactional(readOnly = true)
    public Contact get(UUID id) {
        return contacts.find(id).orElseThrow(() -> new NotFoundException("contact", id));
    }

    /** The contact after the change, stored and announced if it changed. */
    private Contact changed(Contact contact, Predicate<Contact> change) {
        if (change.test(contact)) {
            saved(contact);
        }
        return contact;
    }

    private void saved(Contact contact) {
        contacts.save(contact);
        announced(contact);
    }

    /**
     * What a change means for others: the answering agent's console shows an answered call (who dialled which line,
     * and whether the caller called recently); a closed contact is counted.
     */
    private Contact announced(Contact contact) {
        switch (contact.stage()) {
            case ANSWERED ->
                publish(
                        CallLogEvents.CONTACT_ANSWERED,
                        contact,
                        new ContactAnswered(
                                contact.id().toString(),
                                contact.callId(),
                                contact.agent(),
                                contact.agentMemberId(),
                                contact.memberId(),
                                contact.lineScope(),
                                contact.dialledNumber(),
                                contact.offeredAt(),
                                contact.answeredAt(),
                                contact.repeatCaller()));
            case CLOSED ->
                publish(
                        CallLogEvents.CONTACT_CLOSED,
                        contact,
                        new ContactClosed(
                                contact.id().toString(),
                                contact.memberId(),
                                contact.lineScope(),
                                contact.channel().name(),
                                contact.agentMemberId(),
                                contact.offeredAt(),
                                contact.waitSeconds(),
                                contact.handlingSeconds(),
                                contact.wrapUp().outcome().name(),
                                contact.wrapUp().systems()));
            case OFFERED, ENDED -> {}
        }
        return contact;
    }

    /** An event about the contact, published after the transaction of its change commits (and only then). */
    private <T> void publish(EventType<T> type, Contact contact, T data) {
        outbox.append(
                Exchanges.CALL_LOG,
                EventEnvelope.of(CallLogEvents.SOURCE, type, contact.id().toString(), data));
    }

    private Contact call(String callId) {
        return contacts.lockCall(callId).orElseThrow(() -> new NotFoundException("call", callId));
    }

    private Contact locked(UUID id) {
        return contacts.lock(id).orElseThrow(() -> new NotFoundException("contact", id));
    }

    private Instant now() {
        return asStored(clock.instant());
    }

    /** PostgreSQL keeps microseconds (rounded): a contact holds its times as they read back. */
    private static Instant asStored(Instant at) {
        return Instant.ofEpochSecond(at.getEpochSecond(), (at.getNano() + 500) / 1000 * 1000L);
    }
}
