package dk.ddh.hotline.calllog;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test sets: time passes only when the test says so. {@code @Import(MovableClock.Installed.class)} makes it
 * the application's clock.
 */
public class MovableClock extends Clock {

    @TestConfiguration
    public static class Installed {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
        }
    }

    private volatile Instant now;

    public MovableClock(Instant now) {
        this.now = now;
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("Europe/Copenhagen");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The call log keeps Danish time");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
