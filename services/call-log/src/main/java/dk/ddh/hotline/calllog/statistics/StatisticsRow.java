package dk.ddh.hotline.calllog.statistics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The figures of one period and group. Rates are shares between 0 and 1; averages in seconds; a figure with nothing to
 * average or divide is null.
 *
 * @param answeredInTime answered within the service-level threshold
 * @param serviceLevel answered in time, of all offered
 * @param firstContactResolution resolved without the caller calling again within the repeat-call window, of answered
 * @param escalationRate escalated or transferred, of answered
 */
@JsonPropertyOrder({
    "periodStart",
    "group",
    "offered",
    "answered",
    "abandoned",
    "answeredInTime",
    "serviceLevel",
    "averageWaitSeconds",
    "averageHandlingSeconds",
    "firstContactResolution",
    "escalationRate"
})
public record StatisticsRow(
        LocalDate periodStart,
        String group,
        long offered,
        long answered,
        long abandoned,
        long answeredInTime,
        BigDecimal serviceLevel,
        BigDecimal averageWaitSeconds,
        BigDecimal averageHandlingSeconds,
        BigDecimal firstContactResolution,
        BigDecimal escalationRate) {}
