package dk.ddh.hotline.calllog.cost;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What one payer pays for one member's month (DKK). A member whose pilot starts or ends within the month has two lines:
 * the sponsor's days and its own.
 *
 * @param payerId the member code of who pays: the member itself, or the sponsor of its pilot
 * @param days the days of the month this line covers
 * @param contacts contacts of the member's citizens on those days
 */
@JsonPropertyOrder({
    "month",
    "memberId",
    "memberName",
    "payerId",
    "sponsored",
    "days",
    "contacts",
    "contactFees",
    "inhabitantFees",
    "fixedFees",
    "total"
})
public record CostLine(
        YearMonth month,
        String memberId,
        String memberName,
        String payerId,
        boolean sponsored,
        int days,
        long contacts,
        BigDecimal contactFees,
        BigDecimal inhabitantFees,
        BigDecimal fixedFees,
        BigDecimal total) {}
