package dk.ddh.hotline.guides;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock that tests move forward, so review dates can pass. */
public final class MutableClock extends Clock {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public void advance(Period period) {
        now = ZonedDateTime.ofInstant(now, COPENHAGEN).plus(period).toInstant();
    }

    public void set(Instant instant) {
        now = instant;
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
