package dk.ddh.hotline.support.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * The window of days every date and time the API accepts must fall in (docs/partner-api-guide.md): wide enough for
 * every real pilot, call and report, narrow enough that PostgreSQL and every consumer can store and compute with it.
 */
public final class PlausibleTime {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    /** The client's message for a date or time outside the window. */
    public static final String REASON = "must be between " + EARLIEST + " and " + LATEST;

    private static final Instant FIRST_INSTANT =
            EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant AFTER_LAST_INSTANT =
            LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private static final Map<Class<?>, String> EXAMPLES = Map.of(
            LocalDate.class, "2026-01-31",
            YearMonth.class, "2026-01",
            Instant.class, "2026-01-31T12:00:00Z",
            OffsetDateTime.class, "2026-01-31T12:00:00+01:00",
            ZonedDateTime.class, "2026-01-31T12:00:00+01:00[Europe/Copenhagen]",
            LocalDateTime.class, "2026-01-31T12:00:00");

    private PlausibleTime() {}

    /** Whether the value, of one of the date and time types requests carry, lies inside the window (in UTC). */
    public static boolean isPlausible(Object value) {
        if (value instanceof LocalDate date) {
            return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
        }
        if (value instanceof LocalDateTime time) {
            return isPlausible(time.toLocalDate());
        }
        if (value instanceof Instant instant) {
            return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(AFTER_LAST_INSTANT);
        }
        if (value instanceof OffsetDateTime time) {
            return isPlausible(time.toInstant());
        }
        if (value instanceof ZonedDateTime time) {
            return isPlausible(time.toInstant());
        }
        if (value instanceof YearMonth month) {
            return isPlausible(month.atDay(1));
        }
        return true;
    }

    /** Whether values of the type are dates or times this window bounds. */
    public static boolean covers(Class<?> type) {
        return EXAMPLES.containsKey(type);
    }

    /** The client's message for a query parameter of the type that is no such date or time, or outside the window. */
    public static String parameterReason(Class<?> type) {
        return "must be written as " + EXAMPLES.get(type) + " (ISO 8601) and " + REASON;
    }
}
