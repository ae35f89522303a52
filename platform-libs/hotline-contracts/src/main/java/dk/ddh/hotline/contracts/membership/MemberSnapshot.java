package dk.ddh.hotline.contracts.membership;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A member as consumers need it for their read models: every member event carries the whole current state, so a
 * consumer never needs to ask membership.
 *
 * @param memberId the member's code: the official municipality code (e.g. {@code 253}) or region code ({@code 1085})
 * @param status where the member is in its lifecycle
 * @param pilotStart first day of the pilot, or null when the member is not in a pilot
 * @param pilotEnd last day of the pilot, or null
 * @param payer who pays the member's usage today
 * @param sponsorId the member that sponsors the pilot (the region), or null
 * @param onboardingWave the onboarding wave number, or null
 * @param committedHoursPerWeek staff hours per week the member commits to the shared line
 */
public record MemberSnapshot(
        String memberId,
        String name,
        MemberKind kind,
        MemberStatus status,
        LocalDate pilotStart,
        LocalDate pilotEnd,
        Payer payer,
        String sponsorId,
        Integer onboardingWave,
        BigDecimal committedHoursPerWeek) {}
