package dk.ddh.hotline.calllog.membership;

import dk.ddh.hotline.contracts.membership.MemberKind;
import dk.ddh.hotline.contracts.membership.MemberSnapshot;
import dk.ddh.hotline.contracts.membership.MemberStatus;
import dk.ddh.hotline.contracts.membership.Payer;
import java.time.LocalDate;

/**
 * A member as membership announced it: its name for reports and the pilot terms that decide who pays its usage.
 *
 * @param payer the sponsor pays on the days of the pilot
 */
public record KnownMember(
        String memberId,
        String name,
        MemberKind kind,
        MemberStatus status,
        LocalDate pilotStart,
        LocalDate pilotEnd,
        Payer payer,
        String sponsorId) {

    static KnownMember of(MemberSnapshot member) {
        return new KnownMember(
                member.memberId(),
                member.name(),
                member.kind(),
                member.status(),
                member.pilotStart(),
                member.pilotEnd(),
                member.payer(),
                member.sponsorId());
    }

    /** Whether the sponsor pays for this member's usage on the day. */
    public boolean sponsoredOn(LocalDate day) {
        return payer == Payer.SPONSOR
                && sponsorId != null
                && pilotStart != null
                && !day.isBefore(pilotStart)
                && (pilotEnd == null || !day.isAfter(pilotEnd));
    }
}
