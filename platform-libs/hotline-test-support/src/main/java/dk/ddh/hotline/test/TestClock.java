package dk.ddh.hotline.test;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The application's clock in a test, in Danish time: time passes only when the test sets or advances it, so pilots can
 * end, reviews fall due and retention periods pass.
 */
public final class TestClock extends Clock {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private volatile Instant now;

    public TestClock(Instant start) {
        this.now = start;
    }

    public void set(Instant instant) {
        now = instant;
    }

    /** Moves on by days, months or years of the Danish calendar. */
    public void advance(Period period) {
        now = ZonedDateTime.ofInstant(now, COPENHAGEN).plus(period).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return COPENHAGEN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
