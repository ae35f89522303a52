package dk.ddh.hotline.membership.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ddh.hotline.contracts.membership.MemberKind;
import dk.ddh.hotline.contracts.membership.MemberStatus;
import dk.ddh.hotline.contracts.membership.Payer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MemberUnitTests {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2027, 12, 31);

    @Test
    void followsTheLifecycleFromInvitedToLeft() {
        Member member = Member.invite("253", "Greve Kommune", MemberKind.MUNICIPALITY, Instant.EPOCH);

        for (MemberStatus next : new MemberStatus[] {
            MemberStatus.SELECTED, MemberStatus.ONBOARDING, MemberStatus.ACTIVE, MemberStatus.LEAVING, MemberStatus.LEFT
        }) {
            member.changeStatus(next);
            assertThat(member.status()).isEqualTo(next);
        }
    }

    @Test
    void refusesToSkipOnboardingAndNamesWhatIsAllowed() {
        Member member = Member.invite("253", "Greve Kommune", MemberKind.MUNICIPALITY, Instant.EPOCH);

        assertThatThrownBy(() -> member.changeStatus(MemberStatus.ACTIVE))
                .isInstanceOfSatisfying(
                        IllegalStatusTransitionException.class,
                        e -> assertThat(e.allowed()).containsExactly(MemberStatus.SELECTED, MemberStatus.LEFT));
        assertThat(member.status()).isEqualTo(MemberStatus.INVITED);
    }

    @Test
    void letsAnInvitedMemberDeclineButNeverLeavesLeft() {
        Member member = Member.invite("253", "Greve Kommune", MemberKind.MUNICIPALITY, Instant.EPOCH);
        member.changeStatus(MemberStatus.LEFT);

        assertThat(MemberStatus.LEFT.next()).isEmpty();
        assertThatThrownBy(() -> member.changeStatus(MemberStatus.INVITED))
                .isInstanceOf(IllegalStatusTransitionException.class);
    }

    @Test
    void takesBackANoticeToLeave() {
        assertThat(MemberStatus.LEAVING.mayChangeTo(MemberStatus.ACTIVE)).isTrue();
        assertThat(MemberStatus.ACTIVE.mayChangeTo(MemberStatus.LEFT)).isFalse();
    }

    @Test
    void rejectsAPilotThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new MemberTerms(END, START, Payer.SELF, null, null, BigDecimal.ZERO))
                .isInstanceOfSatisfying(
                        InvalidTermsException.class, e -> assertThat(e.field()).isEqualTo("pilotEnd"));
    }

    @Test
    void rejectsASponsorWithoutPilotAndSponsoringWithoutSponsor() {
        assertThatThrownBy(() -> new MemberTerms(null, null, Payer.SPONSOR, "1085", null, BigDecimal.ZERO))
                .isInstanceOf(InvalidTermsException.class);
        assertThatThrownBy(() -> new MemberTerms(START, END, Payer.SPONSOR, null, null, BigDecimal.ZERO))
                .isInstanceOfSatisfying(
                        InvalidTermsException.class, e -> assertThat(e.field()).isEqualTo("sponsorId"));
    }

    @Test
    void rejectsNegativeHoursAndWaveZero() {
        assertThatThrownBy(() -> new MemberTerms(null, null, Payer.SELF, null, null, new BigDecimal("-1")))
                .isInstanceOf(InvalidTermsException.class);
        assertThatThrownBy(() -> new MemberTerms(null, null, Payer.SELF, null, 0, BigDecimal.ONE))
                .isInstanceOf(InvalidTermsException.class);
    }

    @Test
    void sponsorPaysThePilotDaysAndTheMemberEveryOtherDay() {
        Member member = sponsoredPilotMember();

        assertThat(member.payerOn(START.minusDays(1)).payingMemberId()).isEqualTo("253");
        assertThat(member.payerOn(START).payingMemberId()).isEqualTo("1085");
        assertThat(member.payerOn(END).payer()).isEqualTo(Payer.SPONSOR);
        assertThat(member.payerOn(END.plusDays(1)).payer()).isEqualTo(Payer.SELF);
    }

    @Test
    void switchesToSelfPaidOnlyAfterThePilotsLastDayAndKeepsTheHistory() {
        Member member = sponsoredPilotMember();

        assertThat(member.switchToSelfPaidAfterPilot(END)).isFalse();
        assertThat(member.switchToSelfPaidAfterPilot(END.plusDays(1))).isTrue();
        assertThat(member.terms().payer()).isEqualTo(Payer.SELF);
        assertThat(member.payerOn(END).payingMemberId()).isEqualTo("1085");
        assertThat(member.switchToSelfPaidAfterPilot(END.plusDays(2))).isFalse();
    }

    @Test
    void refusesToSponsorItself() {
        Member region = Member.invite("1085", "Region Sjælland", MemberKind.REGION, Instant.EPOCH);

        assertThatThrownBy(
                        () -> region.changeTerms(new MemberTerms(START, END, Payer.SPONSOR, "1085", 1, BigDecimal.ONE)))
                .isInstanceOf(InvalidTermsException.class);
    }

    private static Member sponsoredPilotMember() {
        Member member = Member.invite("253", "Greve Kommune", MemberKind.MUNICIPALITY, Instant.EPOCH);
        member.changeTerms(new MemberTerms(START, END, Payer.SPONSOR, "1085", 1, new BigDecimal("12")));
        return member;
    }
}
