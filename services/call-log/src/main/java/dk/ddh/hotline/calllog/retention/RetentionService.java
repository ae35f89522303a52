package dk.ddh.hotline.calllog.retention;

import dk.ddh.hotline.support.web.PageResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases wrap-up notes and reduces old contacts to statistics, in one transaction with the record of the run. One
 * replica at a time: the others find the lock taken and skip.
 */
@Service
public class RetentionService {

    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);
    /** Any fixed number: the advisory lock that lets one replica run the job at a time. */
    private static final long RETENTION_LOCK = 4_0090L;

    private final JdbcClient jdbc;
    private final RetentionProperties properties;
    private final Clock clock;

    RetentionService(JdbcClient jdbc, RetentionProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Runs the job now; empty when another replica is running it. */
    @Transactional
    public Optional<RetentionRun> run(String startedBy) {
        boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:lock)")
                .param("lock", RETENTION_LOCK)
                .query(Boolean.class)
                .single();
        if (!locked) {
            log.info("Retention is running elsewhere; skipped");
            return Optional.empty();
        }
        Instant started = clock.instant();
        Instant notesBefore = started.minus(properties.notesFor());
        Instant reduceBefore = started.minus(properties.detailsFor());
        int notesErased = jdbc.sql("update contact set notes = null where offered_at < :before and notes is not null")
                .param("before", Timestamp.from(notesBefore))
                .update();
        int reduced = jdbc.sql("""
                        update contact set notes = null, call_id = null, caller_hash = null, agent = null,
                            guide_ids = '{}', reduced_at = :now
                        where offered_at < :before and reduced_at is null""")
                .param("before", Timestamp.from(reduceBefore))
                .param("now", Timestamp.from(started))
                .update();
        RetentionRun run = new RetentionRun(
                UUID.randomUUID(),
                started,
                clock.instant(),
                startedBy,
                notesBefore,
                reduceBefore,
                notesErased,
                reduced);
        record(run);
        log.info("Retention: erased notes of {} contacts, reduced {} contacts to statistics", notesErased, reduced);
        return Optional.of(run);
    }

    @Transactional(readOnly = true)
    /** A page of the recorded runs, newest first. */
    public PageResponse<RetentionRun> runs(int page, int size) {
        List<RetentionRun> items = jdbc.sql("""
                        select id, started_at, finished_at, started_by, notes_before, reduce_before, notes_erased,
                            contacts_reduced
                        from retention_run order by started_at desc, id limit :limit offset :offset""")
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> new RetentionRun(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at").toInstant(),
                        rs.getString("started_by"),
                        rs.getTimestamp("notes_before").toInstant(),
                        rs.getTimestamp("reduce_before").toInstant(),
                        rs.getInt("notes_erased"),
                        rs.getInt("contacts_reduced")))
                .list();
        long total =
                jdbc.sql("select count(*) from retention_run").query(Long.class).single();
        return new PageResponse<>(items, page, size, total);
    }

    private void record(RetentionRun run) {
        jdbc.sql("""
                        insert into retention_run (id, started_at, finished_at, started_by, notes_before,
                            reduce_before, notes_erased, contacts_reduced)
                        values (:id, :startedAt, :finishedAt, :startedBy, :notesBefore, :reduceBefore, :notesErased,
                            :contactsReduced)""")
                .param("id", run.id())
                .param("startedAt", Timestamp.from(run.startedAt()))
                .param("finishedAt", Timestamp.from(run.finishedAt()))
                .param("startedBy", run.startedBy())
                .param("notesBefore", Timestamp.from(run.notesBefore()))
                .param("reduceBefore", Timestamp.from(run.reduceBefore()))
                .param("notesErased", run.notesErased())
                .param("contactsReduced", run.contactsReduced())
                .update();
    }
}
