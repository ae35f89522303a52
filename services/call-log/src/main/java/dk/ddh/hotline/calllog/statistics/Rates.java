package dk.ddh.hotline.calllog.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as exact decimals with four places (0.8125), null when there is nothing to divide by. */
final class Rates {

    private Rates() {}

    static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
