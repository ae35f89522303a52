package dk.ddh.hotline.calllog.statistics;

/** The length of the periods statistics are counted in, in Danish time; weeks start on Monday. */
public enum Period {
    DAY("day"),
    WEEK("week"),
    MONTH("month"),
    QUARTER("quarter");

    /** The unit of PostgreSQL's {@code date_trunc}. */
    final String unit;

    Period(String unit) {
        this.unit = unit;
    }
}
