package dk.ddh.hotline.calllog.cost;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How members' usage is priced. Every part of the price model may be used alone or together; amounts are DKK with at
 * most two decimals (øre), never floating point.
 *
 * @param pricing the price model
 * @param inhabitants inhabitants per member code, for the per-inhabitant fee
 * @param pilotBudgets each sponsor's budget for the pilots it pays (DKK), by the sponsor's member code
 */
@Validated
@ConfigurationProperties("hotline.call-log.costs")
record CostSettings(
        @NotNull @Valid Pricing pricing,
        Map<String, @PositiveOrZero Long> inhabitants,
        Map<String, @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal> pilotBudgets) {

    CostSettings {
        inhabitants = inhabitants == null ? Map.of() : Map.copyOf(inhabitants);
        pilotBudgets = pilotBudgets == null ? Map.of() : Map.copyOf(pilotBudgets);
    }

    /**
     * @param perContact DKK per contact of the member's citizens
     * @param perInhabitantPerYear DKK per inhabitant per year, charged monthly
     * @param fixedPerMonth DKK per member per month
     */
    record Pricing(
            @NotNull @PositiveOrZero @Digits(integer = 9, fraction = 2) @DefaultValue("0")
            BigDecimal perContact,

            @NotNull @PositiveOrZero @Digits(integer = 9, fraction = 2) @DefaultValue("0")
            BigDecimal perInhabitantPerYear,

            @NotNull @PositiveOrZero @Digits(integer = 9, fraction = 2) @DefaultValue("0")
            BigDecimal fixedPerMonth) {}
}
