package dk.ddh.hotline.calllog.contact;

import dk.ddh.hotline.calllog.membership.KnownAgents;
import dk.ddh.hotline.calllog.membership.KnownLine;
import dk.ddh.hotline.calllog.membership.KnownLines;
import dk.ddh.hotline.contracts.EventEnvelope;
import dk.ddh.hotline.contracts.Exchanges;
import dk.ddh.hotline.contracts.calllog.CallLogEvents;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts from the phone platform and from agents: each call id becomes one contact however often its events
 * arrive; closing a contact (wrap-up, or a call that ended unanswered) publishes {@code contact.closed}.
 */
@Service
public class ContactService {

    private final Contacts contacts;
    private final KnownLines lines;
    private final KnownAgents agents;
    private final CallerHash callerHash;
    private final CallLogProperties properties;
    private final EventOutbox outbox;
    private final Clock clock;

    ContactService(
            Contacts contacts,
            KnownLines lines,
            KnownAgents agents,
            CallerHash callerHash,
            CallLogProperties properties,
            EventOutbox outbox,
            Clock clock) {
        this.properties = properties;
        this.contacts = contacts;
        this.lines = lines;
        this.agents = agents;
        this.callerHash = callerHash;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Contact callEvent(String callId, CallEvent event) {
        return switch (event.type()) {
            case OFFERED -> offered(callId, event);
            case ANSWERED -> {
                Contact call = notBeforeOffered(call(callId), event);
                contacts.answered(call.id(), event.at(), event.agent(), agentMember(event));
                yield call(callId);
            }
            case ENDED -> ended(notBeforeOffered(call(callId), event), event.at());
        };
    }

    private Contact offered(String callId, CallEvent event) {
        PhoneNumber dialled = PhoneNumber.parse(event.dialledNumber())
                .orElseThrow(() -> new InvalidRequestException(
                        "validation-failed",
                        "An offered call needs the dialled number",
                        InvalidRequestException.fieldError("dialledNumber", "must not be null")));
        Optional<KnownLine> line = lines.byNumber(dialled.e164());
        Contact contact = new Contact(
                UUID.randomUUID(),
                callId,
                Channel.PHONE,
                dialled.e164(),
                line.map(KnownLine::memberId).orElse(null),
                line.map(KnownLine::scope).orElse(null),
                line.isEmpty(),
                null,
                null,
                event.at(),
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null);
        Optional<String> caller = callerHash.of(event.callerNumber());
        boolean inserted = contacts.insert(contact, line.map(KnownLine::lineId).orElse(null), caller.orElse(null));
        if (inserted) {
            caller.ifPresent(hash -> contacts.calledAgain(hash, event.at(), properties.repeatCallWindow()));
        }
        return call(callId);
    }

    private static Contact notBeforeOffered(Contact call, CallEvent event) {
        if (event.at().isBefore(call.offeredAt())) {
            throw new InvalidRequestException(
                    "validation-failed",
                    "The call cannot be " + event.type().name().toLowerCase(java.util.Locale.ROOT)
                            + " before it was offered",
                    InvalidRequestException.fieldError("at", "must not be before " + call.offeredAt()));
        }
        return call;
    }

    /** The member the answering agent works for: as the phone platform says, else as membership announced. */
    private String agentMember(CallEvent event) {
        if (event.agentMemberId() != null || event.agent() == null) {
            return event.agentMemberId();
        }
        return agents.memberOf(event.agent()).orElse(null);
    }

    /** A call that ends before anyone answered was abandoned in the queue: closed without a wrap-up. */
    private Contact ended(Contact call, Instant at) {
        contacts.ended(call.id(), at);
        Contact ended = contact(call.id());
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
        contacts.insert(contact, null, null);
        return contact(contact.id());
    }

    @Transactional
    public Contact end(UUID id, Caller agent) {
        Contact contact = locked(id);
        requireItsAgent(contact, agent);
        return ended(contact, clock.instant());
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
        outbox.append(
                Exchanges.CALL_LOG,
                EventEnvelope.of(
                        CallLogEvents.SOURCE,
                        CallLogEvents.CONTACT_CLOSED,
                        closed.id().toString(),
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
                                closed.systems())));
        return closed;
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
