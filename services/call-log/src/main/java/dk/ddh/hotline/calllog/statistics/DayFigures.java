package dk.ddh.hotline.calllog.statistics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the stored figures per Danish day (migration V6) up to date in the background, every
 * {@code hotline.call-log.statistics.refresh-every}: days that have left the live week are stored, and stored days that
 * a change of one of their contacts marked stale are stored again. Readers never wait for it: what is not stored yet
 * is counted live ({@link FigureTable#figures}). One replica at a time (an advisory lock).
 */
@Component
public class DayFigures {

    private static final Logger log = LoggerFactory.getLogger(DayFigures.class);
    /** Any fixed number: the advisory lock that lets one transaction store figures at a time. */
    private static final long FIGURES_LOCK = 4_0084L;

    private final JdbcClient jdbc;
    private final StatisticsProperties properties;

    DayFigures(JdbcClient jdbc, StatisticsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Stores the figures of the days that need it; the number of days. */
    @Transactional
    public int refresh() {
        return store();
    }

    @Scheduled(fixedDelayString = "${hotline.call-log.statistics.refresh-every}")
    @Transactional
    void refreshInTheBackground() {
        int stored = store();
        if (stored > 0) {
            log.info("Stored the figures of {} days", stored);
        }
    }

    private int store() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)")
                .param("lock", FIGURES_LOCK)
                .query()
                .singleRow();
        // Marks of days still in the live week are dropped: such a day is stored in full when it leaves the week.
        TreeSet<LocalDate> days = new TreeSet<>(
                jdbc.sql("with marked as (delete from stale_day returning day) select day from marked where day < "
                                + FigureTable.LIVE_FROM)
                        .query(LocalDate.class)
                        .list());
        days.addAll(jdbc.sql("""
                        select distinct c.offered_day from contact c, figures_basis b
                        where c.offered_day < %s
                          and (b.figured_before is null or c.offered_day >= b.figured_before)""".formatted(FigureTable.LIVE_FROM))
                .query(LocalDate.class)
                .list());
        if (!days.isEmpty()) {
            List<LocalDate> recounted = List.copyOf(days);
            for (FigureTable figures : FigureTable.values()) {
                jdbc.sql("delete from " + figures.table + " where day in (:days)")
                        .param("days", recounted)
                        .update();
                jdbc.sql(figures.recount())
                        .param("days", recounted)
                        .param("threshold", thresholdSeconds())
                        .update();
            }
        }
        jdbc.sql("update figures_basis set figured_before = " + FigureTable.LIVE_FROM)
                .update();
        return days.size();
    }

    /** Contacts offered per member and day, {@code from} to {@code to} (both included); unknown members left out. */
    public Map<String, Map<LocalDate, Long>> offeredPerMemberAndDay(LocalDate from, LocalDate to) {
        Map<String, Map<LocalDate, Long>> offered = new HashMap<>();
        jdbc.sql("""
                        select f.member_id, f.day, sum(f.offered) as offered from %s f
                        where f.member_id <> 'UNKNOWN'
                        group by 1, 2""".formatted(FigureTable.DAY.figures(false)))
                .param("from", from)
                .param("to", to)
                .param("threshold", thresholdSeconds())
                .query(rs -> {
                    offered.computeIfAbsent(rs.getString("member_id"), member -> new HashMap<>())
                            .put(rs.getObject("day", LocalDate.class), rs.getLong("offered"));
                });
        return offered;
    }

    /** Figures counted with another service-level threshold than the configured one are recomputed. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void recountWhenTheThresholdChanged() {
        int changed = jdbc.sql("""
                        insert into figures_basis (service_level_threshold_sec) values (:threshold)
                        on conflict (id) do update set service_level_threshold_sec = excluded.service_level_threshold_sec
                        where figures_basis.service_level_threshold_sec <> excluded.service_level_threshold_sec""")
                .param("threshold", properties.serviceLevelThreshold().toSeconds())
                .update();
        if (changed > 0) {
            jdbc.sql("update figures_basis set figured_before = null").update();
            jdbc.sql("delete from stale_day").update();
            log.info(
                    "Service-level threshold is {}: every day's figures will be recomputed",
                    properties.serviceLevelThreshold());
        }
    }

    private double thresholdSeconds() {
        return properties.serviceLevelThreshold().toSeconds();
    }
}
