package dk.ddh.hotline.calllog.cost;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * What a sponsor (the region) has paid for the pilots it sponsors, against its budget (DKK).
 *
 * @param budget the configured budget, or null when none is configured
 * @param remaining budget minus spent, or null without a budget
 */
public record PilotSpending(
        String sponsorId,
        BigDecimal budget,
        BigDecimal spent,
        BigDecimal remaining,
        List<Month> months,
        List<Member> members) {

    /** One month's spending and the running total. */
    public record Month(YearMonth month, BigDecimal spent, BigDecimal spentToDate) {}

    /** One sponsored member's share of the spending so far. */
    public record Member(String memberId, String memberName, long contacts, BigDecimal spent) {}
}
