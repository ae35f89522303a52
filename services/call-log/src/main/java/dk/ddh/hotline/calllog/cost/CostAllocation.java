package dk.ddh.hotline.calllog.cost;

import dk.ddh.hotline.calllog.membership.KnownMember;
import dk.ddh.hotline.calllog.membership.KnownMembers;
import dk.ddh.hotline.calllog.statistics.DayFigures;
import dk.ddh.hotline.contracts.membership.MemberStatus;
import dk.ddh.hotline.contracts.membership.Payer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Usage and cost per member and month. Contacts are charged to whoever pays on the day they happened; the monthly
 * fees (fixed, per inhabitant) of members that are ACTIVE or LEAVING are shared by days between the sponsor and the
 * member when a pilot starts or ends within the month.
 */
@Service
public class CostAllocation {

    private static final Set<MemberStatus> PAYING_STATUSES = EnumSet.of(MemberStatus.ACTIVE, MemberStatus.LEAVING);

    private final DayFigures days;
    private final KnownMembers members;
    private final CostSettings settings;

    CostAllocation(DayFigures days, KnownMembers members, CostSettings settings) {
        this.days = days;
        this.members = members;
        this.settings = settings;
    }

    /** Every member's cost lines of the months {@code first} to {@code last}, month by month, members by code. */
    @Transactional(readOnly = true)
    public List<CostLine> months(YearMonth first, YearMonth last) {
        Map<String, Map<LocalDate, Long>> contacts = days.offeredPerMemberAndDay(first.atDay(1), last.atEndOfMonth());
        Map<String, KnownMember> known =
                members.all().stream().collect(Collectors.toMap(KnownMember::memberId, Function.identity()));
        Set<String> billed = new TreeSet<>(contacts.keySet());
        known.values().stream()
                .filter(CostAllocation::paysFees)
                .map(KnownMember::memberId)
                .forEach(billed::add);
        List<CostLine> lines = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            for (String memberId : billed) {
                KnownMember member = known.getOrDefault(memberId, unknown(memberId));
                lines.addAll(lines(month, member, contacts.getOrDefault(memberId, Map.of())));
            }
        }
        return lines;
    }

    private List<CostLine> lines(YearMonth month, KnownMember member, Map<LocalDate, Long> contactsPerDay) {
        int sponsoredDays = 0;
        long sponsoredContacts = 0;
        long ownContacts = 0;
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            long contacts = contactsPerDay.getOrDefault(date, 0L);
            if (member.sponsoredOn(date)) {
                sponsoredDays++;
                sponsoredContacts += contacts;
            } else {
                ownContacts += contacts;
            }
        }
        List<CostLine> lines = new ArrayList<>(2);
        if (sponsoredDays > 0) {
            lines.add(line(month, member, member.sponsorId(), sponsoredDays, sponsoredContacts));
        }
        int ownDays = month.lengthOfMonth() - sponsoredDays;
        if (ownDays > 0 && (ownContacts > 0 || paysFees(member))) {
            lines.add(line(month, member, member.memberId(), ownDays, ownContacts));
        }
        return lines;
    }

    private CostLine line(YearMonth month, KnownMember member, String payerId, int days, long contacts) {
        CostSettings.Pricing pricing = settings.pricing();
        BigDecimal shareOfMonth = BigDecimal.valueOf(days);
        BigDecimal monthDays = BigDecimal.valueOf(month.lengthOfMonth());
        boolean fees = paysFees(member);
        BigDecimal contactFees = dkk(pricing.perContact().multiply(BigDecimal.valueOf(contacts)));
        BigDecimal fixedFees = fees
                ? dkk(pricing.fixedPerMonth().multiply(shareOfMonth).divide(monthDays, 6, RoundingMode.HALF_UP))
                : dkk(BigDecimal.ZERO);
        long inhabitants = settings.inhabitants().getOrDefault(member.memberId(), 0L);
        BigDecimal inhabitantFees = fees
                ? dkk(pricing.perInhabitantPerYear()
                        .multiply(BigDecimal.valueOf(inhabitants))
                        .multiply(shareOfMonth)
                        .divide(monthDays.multiply(BigDecimal.valueOf(12)), 6, RoundingMode.HALF_UP))
                : dkk(BigDecimal.ZERO);
        return new CostLine(
                month,
                member.memberId(),
                member.name(),
                payerId,
                !payerId.equals(member.memberId()),
                days,
                contacts,
                contactFees,
                inhabitantFees,
                fixedFees,
                contactFees.add(inhabitantFees).add(fixedFees));
    }

    private static boolean paysFees(KnownMember member) {
        return PAYING_STATUSES.contains(member.status());
    }

    /** Contacts of a member membership has not announced (yet): charged to itself, no fees. */
    private static KnownMember unknown(String memberId) {
        return new KnownMember(memberId, memberId, null, null, null, null, Payer.SELF, null);
    }

    static BigDecimal dkk(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
