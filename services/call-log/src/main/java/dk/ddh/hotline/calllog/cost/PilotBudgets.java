package dk.ddh.hotline.calllog.cost;

import dk.ddh.hotline.calllog.membership.KnownMember;
import dk.ddh.hotline.calllog.membership.KnownMembers;
import dk.ddh.hotline.support.problem.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** A sponsor's pilot spending from the first pilot's start to this month (or the last pilot's end). */
@Service
class PilotBudgets {

    private final CostAllocation allocation;
    private final KnownMembers members;
    private final CostSettings settings;
    private final Clock clock;

    PilotBudgets(CostAllocation allocation, KnownMembers members, CostSettings settings, Clock clock) {
        this.allocation = allocation;
        this.members = members;
        this.settings = settings;
        this.clock = clock;
    }

    PilotSpending spending(String sponsorId) {
        List<KnownMember> sponsored = members.all().stream()
                .filter(m -> sponsorId.equals(m.sponsorId()) && m.pilotStart() != null)
                .toList();
        YearMonth thisMonth = YearMonth.now(clock);
        YearMonth first = sponsored.stream()
                .map(m -> YearMonth.from(m.pilotStart()))
                .min(Comparator.naturalOrder())
                .filter(month -> !month.isAfter(thisMonth))
                .orElseThrow(() -> new NotFoundException("pilot of sponsor", sponsorId));
        YearMonth last = sponsored.stream()
                .map(m -> m.pilotEnd() == null ? thisMonth : YearMonth.from(m.pilotEnd()))
                .max(Comparator.naturalOrder())
                .filter(month -> month.isBefore(thisMonth))
                .orElse(thisMonth);
        List<CostLine> paid = allocation.months(first, last).stream()
                .filter(line -> line.sponsored() && sponsorId.equals(line.payerId()))
                .toList();

        Map<YearMonth, BigDecimal> perMonth = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            perMonth.put(month, CostAllocation.dkk(BigDecimal.ZERO));
        }
        Map<String, PilotSpending.Member> perMember = new LinkedHashMap<>();
        for (CostLine line : paid) {
            perMonth.merge(line.month(), line.total(), BigDecimal::add);
            perMember.merge(
                    line.memberId(),
                    new PilotSpending.Member(line.memberId(), line.memberName(), line.contacts(), line.total()),
                    (a, b) -> new PilotSpending.Member(
                            a.memberId(),
                            a.memberName(),
                            a.contacts() + b.contacts(),
                            a.spent().add(b.spent())));
        }
        List<PilotSpending.Month> months = new ArrayList<>();
        BigDecimal toDate = CostAllocation.dkk(BigDecimal.ZERO);
        for (Map.Entry<YearMonth, BigDecimal> month : perMonth.entrySet()) {
            toDate = toDate.add(month.getValue());
            months.add(new PilotSpending.Month(month.getKey(), month.getValue(), toDate));
        }
        BigDecimal budget = settings.pilotBudgets().get(sponsorId);
        return new PilotSpending(
                sponsorId,
                budget == null ? null : CostAllocation.dkk(budget),
                toDate,
                budget == null ? null : CostAllocation.dkk(budget.subtract(toDate)),
                months,
                List.copyOf(perMember.values()));
    }
}
