package dk.ddh.hotline.membership.member;

import dk.ddh.hotline.contracts.EventEnvelope;
import dk.ddh.hotline.contracts.EventType;
import dk.ddh.hotline.contracts.Exchanges;
import dk.ddh.hotline.contracts.membership.MemberKind;
import dk.ddh.hotline.contracts.membership.MemberRegistered;
import dk.ddh.hotline.contracts.membership.MemberStatus;
import dk.ddh.hotline.contracts.membership.MemberStatusChanged;
import dk.ddh.hotline.contracts.membership.MemberTermsChanged;
import dk.ddh.hotline.contracts.membership.MembershipEvents;
import dk.ddh.hotline.support.outbox.EventOutbox;
import dk.ddh.hotline.support.problem.ConflictException;
import dk.ddh.hotline.support.problem.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers members and changes their status and terms. Every change is stored together with its event in the outbox,
 * in one transaction. Authorisation is the web adapter's job, so the demo loader can use this too.
 */
@Service
public class MemberService {

    private final Members members;
    private final EventOutbox outbox;
    private final Clock clock;

    MemberService(Members members, EventOutbox outbox, Clock clock) {
        this.members = members;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Member register(String id, String name, MemberKind kind) {
        if (members.exists(id)) {
            throw memberExists(id);
        }
        Member member = Member.invite(id, name, kind, clock.instant());
        try {
            members.insert(member);
        } catch (DuplicateKeyException raceLost) {
            throw memberExists(id);
        }
        publish(MembershipEvents.MEMBER_REGISTERED, member, new MemberRegistered(member.snapshot()));
        return member;
    }

    @Transactional
    public Member changeStatus(String id, MemberStatus to) {
        Member member = get(id);
        MemberStatus previous = member.status();
        member.changeStatus(to);
        update(member);
        publish(MembershipEvents.MEMBER_STATUS_CHANGED, member, new MemberStatusChanged(member.snapshot(), previous));
        return member;
    }

    @Transactional
    public Member changeTerms(String id, MemberTerms terms) {
        Member member = get(id);
        if (terms.sponsorId() != null) {
            requireRegion(terms.sponsorId());
        }
        member.changeTerms(terms);
        update(member);
        publish(MembershipEvents.MEMBER_TERMS_CHANGED, member, new MemberTermsChanged(member.snapshot()));
        return member;
    }

    /** Sponsored members whose pilot's last day lies before {@code today}: due to pay for themselves. */
    @Transactional(readOnly = true)
    public List<String> sponsoredWithPilotEndedBefore(LocalDate today) {
        return members.sponsoredWithPilotEndedBefore(today);
    }

    /** Makes a sponsored member pay for itself once its pilot is over; false when there was nothing to switch. */
    @Transactional
    public boolean switchToSelfPaidAfterPilot(String id, LocalDate today) {
        Member member = get(id);
        if (!member.switchToSelfPaidAfterPilot(today)) {
            return false;
        }
        update(member);
        publish(MembershipEvents.MEMBER_TERMS_CHANGED, member, new MemberTermsChanged(member.snapshot()));
        return true;
    }

    @Transactional(readOnly = true)
    public Member get(String id) {
        return members.find(id).orElseThrow(() -> new NotFoundException("member", id));
    }

    @Transactional(readOnly = true)
    public boolean exists(String id) {
        return members.exists(id);
    }

    @Transactional(readOnly = true)
    public boolean anyRegistered() {
        return members.any();
    }

    @Transactional(readOnly = true)
    public MemberPage list(MemberStatus status, MemberKind kind, int page, int size) {
        return new MemberPage(members.find(status, kind, page, size), members.count(status, kind));
    }

    @Transactional(readOnly = true)
    public PayerOnDay payerOn(String id, LocalDate day) {
        return get(id).payerOn(day);
    }

    /** Today in Denmark, by the service's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private void requireRegion(String sponsorId) {
        Member sponsor = members.find(sponsorId)
                .orElseThrow(() -> new InvalidTermsException("sponsorId", "no member " + sponsorId));
        if (sponsor.kind() != MemberKind.REGION) {
            throw new InvalidTermsException("sponsorId", "a sponsor must be a region");
        }
    }

    private void update(Member member) {
        try {
            members.update(member);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException(
                    "concurrent-modification",
                    "Member " + member.id() + " was changed at the same time; read it again and retry",
                    Map.of("memberId", member.id()));
        }
    }

    private <T> void publish(EventType<T> type, Member member, T data) {
        outbox.append(Exchanges.MEMBERSHIP, EventEnvelope.of(MembershipEvents.SOURCE, type, member.id(), data));
    }

    private static ConflictException memberExists(String id) {
        return new ConflictException(
                "member-exists", "Member " + id + " is already registered", Map.of("memberId", id));
    }
}
