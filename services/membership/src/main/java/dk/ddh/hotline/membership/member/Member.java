package dk.ddh.hotline.membership.member;

import dk.ddh.hotline.contracts.membership.MemberKind;
import dk.ddh.hotline.contracts.membership.MemberSnapshot;
import dk.ddh.hotline.contracts.membership.MemberStatus;
import dk.ddh.hotline.contracts.membership.Payer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A municipality or the region taking part in the shared hotline, with its lifecycle and terms. */
public final class Member {

    private final String id;
    private final String name;
    private final MemberKind kind;
    private final Instant registeredAt;
    private MemberStatus status;
    private MemberTerms terms;
    private final int version;

    Member(
            String id,
            String name,
            MemberKind kind,
            MemberStatus status,
            MemberTerms terms,
            Instant registeredAt,
            int version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.status = Objects.requireNonNull(status, "status");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.version = version;
    }

    /** A member starts out invited, self-paid and without a pilot. */
    static Member invite(String id, String name, MemberKind kind, Instant now) {
        return new Member(id, name, kind, MemberStatus.INVITED, MemberTerms.NONE, now, 0);
    }

    /** @throws IllegalStatusTransitionException when the lifecycle does not lead from the current status to {@code to} */
    void changeStatus(MemberStatus to) {
        if (!status.mayChangeTo(to)) {
            throw new IllegalStatusTransitionException(status, to);
        }
        status = to;
    }

    /** The caller has checked that a sponsor is a region; the terms check themselves. */
    void changeTerms(MemberTerms newTerms) {
        if (id.equals(newTerms.sponsorId())) {
            throw new InvalidTermsException("sponsorId", "a member cannot sponsor itself");
        }
        terms = newTerms;
    }

    /** Switches a sponsored member to paying itself once its pilot is over; false when nothing changed. */
    boolean switchToSelfPaidAfterPilot(LocalDate today) {
        if (terms.payer() != Payer.SPONSOR || !today.isAfter(terms.pilotEnd())) {
            return false;
        }
        terms = terms.selfPaid();
        return true;
    }

    /** The sponsor pays the days of a sponsored pilot; the member pays every other day. */
    public PayerOnDay payerOn(LocalDate day) {
        if (terms.sponsorId() != null && terms.pilotCovers(day)) {
            return new PayerOnDay(id, day, Payer.SPONSOR, terms.sponsorId());
        }
        return new PayerOnDay(id, day, Payer.SELF, id);
    }

    public MemberSnapshot snapshot() {
        return new MemberSnapshot(
                id,
                name,
                kind,
                status,
                terms.pilotStart(),
                terms.pilotEnd(),
                terms.payer(),
                terms.sponsorId(),
                terms.onboardingWave(),
                terms.committedHoursPerWeek());
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public MemberKind kind() {
        return kind;
    }

    public MemberStatus status() {
        return status;
    }

    public MemberTerms terms() {
        return terms;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    int version() {
        return version;
    }
}
