package dk.ddh.hotline.calllog.membership;

import java.time.LocalDate;

/**
 * A member as membership announced it: its name for reports and the pilot terms that decide who pays its usage.
 *
 * @param payer {@code SELF} or {@code SPONSOR}: the sponsor pays on the days of the pilot
 */
public record KnownMember(
        String memberId,
        String name,
        String kind,
        String status,
        LocalDate pilotStart,
        LocalDate pilotEnd,
        String payer,
        String sponsorId) {

    /** Whether the sponsor pays for this member's usage on the day. */
    public boolean sponsoredOn(LocalDate day) {
        return "SPONSOR".equals(payer)
                && sponsorId != null
                && pilotStart != null
                && !day.isBefore(pilotStart)
                && (pilotEnd == null || !day.isAfter(pilotEnd));
    }
}
