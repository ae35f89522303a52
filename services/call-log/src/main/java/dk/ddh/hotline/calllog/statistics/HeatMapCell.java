package dk.ddh.hotline.calllog.statistics;

/**
 * Contacts offered in one hour of the week, Danish time.
 *
 * @param dayOfWeek 1 (Monday) to 7 (Sunday)
 * @param hour 0 to 23
 */
public record HeatMapCell(int dayOfWeek, int hour, long offered) {}
