package dk.ddh.hotline.membership.member;

import dk.ddh.hotline.contracts.membership.Payer;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The terms a member takes part on.
 *
 * @param pilotStart first day of the pilot, or null when the member is not in a pilot
 * @param pilotEnd last day of the pilot (inclusive), or null
 * @param payer who pays today
 * @param sponsorId who sponsors the pilot; required when {@code payer} is {@link Payer#SPONSOR}
 * @param onboardingWave the wave the member is onboarded in, or null
 * @param committedHoursPerWeek staff hours per week the member commits to the shared line
 */
public record MemberTerms(
        LocalDate pilotStart,
        LocalDate pilotEnd,
        Payer payer,
        String sponsorId,
        Integer onboardingWave,
        BigDecimal committedHoursPerWeek) {

    /** The terms of a newly registered member: self-paid, no pilot, nothing committed yet. */
    static final MemberTerms NONE = new MemberTerms(null, null, Payer.SELF, null, null, BigDecimal.ZERO);

    public MemberTerms {
        if ((pilotStart == null) != (pilotEnd == null)) {
            throw new InvalidTermsException("pilotEnd", "a pilot needs both a start and an end");
        }
        if (pilotStart != null && !pilotEnd.isAfter(pilotStart)) {
            throw new InvalidTermsException("pilotEnd", "must be after pilotStart");
        }
        if (payer == null) {
            throw new InvalidTermsException("payer", "must not be null");
        }
        if (payer == Payer.SPONSOR && sponsorId == null) {
            throw new InvalidTermsException("sponsorId", "a sponsored member needs a sponsor");
        }
        if (sponsorId != null && pilotStart == null) {
            throw new InvalidTermsException("sponsorId", "a sponsor pays only during a pilot");
        }
        if (onboardingWave != null && onboardingWave < 1) {
            throw new InvalidTermsException("onboardingWave", "must be at least 1");
        }
        if (committedHoursPerWeek == null || committedHoursPerWeek.signum() < 0) {
            throw new InvalidTermsException("committedHoursPerWeek", "must be zero or more");
        }
    }

    boolean pilotCovers(LocalDate day) {
        return pilotStart != null && !day.isBefore(pilotStart) && !day.isAfter(pilotEnd);
    }

    /** Self-paid from now on; the sponsor is kept so the pilot's days still answer who paid them. */
    MemberTerms selfPaid() {
        return new MemberTerms(pilotStart, pilotEnd, Payer.SELF, sponsorId, onboardingWave, committedHoursPerWeek);
    }
}
