package dk.ddh.hotline.calllog.statistics;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which contacts statistics count: offered on the days {@code from} to {@code to} (Danish time, both included), of one
 * member's citizens or of all when {@code memberId} is null.
 */
record StatisticsScope(LocalDate from, LocalDate to, String memberId) {

    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    boolean ofOneMember() {
        return memberId != null;
    }
}
