package dk.ddh.hotline.guides.search;

import dk.ddh.hotline.guides.synonym.SynonymService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index and the synonyms equal to the database, in every instance of the service. The index is built from
 * the live revisions at start; after that, before each search, the rows that triggers wrote to {@code search_change}
 * in transactions committed since the last look are applied: one indexed query when nothing changed, so a search
 * always sees every change committed before it started, whichever instance made it.
 *
 * <p>"Since the last look" is by transaction id: every transaction older than the oldest one still running when we
 * last looked ({@code pg_snapshot_xmin}) had committed by then, and we saw its rows. Rows of younger transactions are
 * read again until that horizon passes them (and skipped when already applied), so a transaction that commits late is
 * never missed.
 */
@Component
class GuideIndexSync {

    private static final String LIVE = """
            select g.id, g.owner_id, r.number, r.title, r.body, r.systems, r.audience
            from revision r join guide g on g.id = r.guide_id
            where r.status = 'PUBLISHED'
            """;
    private static final String HORIZON = "cast(cast(pg_snapshot_xmin(pg_current_snapshot()) as text) as bigint)";

    private final JdbcClient jdbc;
    private final GuideIndex index;
    private final SynonymService synonyms;
    private final TransactionTemplate snapshot;
    private final ReentrantLock lock = new ReentrantLock();

    private boolean built;
    private long horizon;
    /** Changes at or above the horizon that are already in the index. */
    private Set<Long> applied = Set.of();

    private volatile SearchQuery parser;

    GuideIndexSync(
            JdbcClient jdbc, GuideIndex index, SynonymService synonyms, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.index = index;
        this.synonyms = synonyms;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener(ApplicationReadyEvent.class)
    void build() {
        catchUp();
    }

    /** Applies what changed since the last look; builds the index the first time. */
    void catchUp() {
        lock.lock();
        try {
            if (built) {
                follow();
            } else {
                rebuild();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The query parser with the synonyms as they are now. */
    SearchQuery parser() {
        return parser;
    }

    /** Rows every instance has long applied. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetOldChanges() {
        jdbc.sql("delete from search_change where at < now() - interval '1 day'")
                .update();
    }

    private void rebuild() {
        snapshot.executeWithoutResult(status -> {
            long seen = jdbc.sql("select " + HORIZON).query(Long.class).single();
            index.replaceAll(jdbc.sql(LIVE).query(GuideIndexSync::live).list());
            parser = new SearchQuery(synonyms.all());
            applied = Set.copyOf(jdbc.sql("select id from search_change where xid >= cast(cast(:h as text) as xid8)")
                    .param("h", seen)
                    .query(Long.class)
                    .list());
            horizon = seen;
            built = true;
        });
    }

    private void follow() {
        List<Change> changes = jdbc.sql("select h.horizon, c.id, c.guide_id, c.xid from (select " + HORIZON
                        + " as horizon) h left join lateral (select id, guide_id,"
                        + " cast(cast(xid as text) as bigint) as xid from search_change"
                        + " where xid >= cast(cast(:h as text) as xid8)) c on true")
                .param("h", horizon)
                .query(GuideIndexSync::change)
                .list();
        long next = changes.get(0).horizon();
        Set<UUID> guides = new LinkedHashSet<>();
        boolean synonymsChanged = false;
        Set<Long> stillAbove = new HashSet<>();
        for (Change change : changes) {
            if (change.id() == null) {
                continue;
            }
            if (!applied.contains(change.id())) {
                if (change.guideId() == null) {
                    synonymsChanged = true;
                } else {
                    guides.add(change.guideId());
                }
            }
            if (change.xid() >= next) {
                stillAbove.add(change.id());
            }
        }
        if (!guides.isEmpty()) {
            index.apply(liveRevisions(guides));
        }
        if (synonymsChanged) {
            parser = new SearchQuery(synonyms.all());
        }
        applied = stillAbove;
        horizon = next;
    }

    private Map<UUID, Optional<IndexedGuide>> liveRevisions(Set<UUID> guides) {
        Map<UUID, Optional<IndexedGuide>> changes = new HashMap<>();
        guides.forEach(id -> changes.put(id, Optional.empty()));
        jdbc.sql(LIVE + " and g.id = any(:ids)")
                .param("ids", guides.toArray(UUID[]::new))
                .query(GuideIndexSync::live)
                .list()
                .forEach(guide -> changes.put(guide.guideId(), Optional.of(guide)));
        return changes;
    }

    private static IndexedGuide live(ResultSet rs, int row) throws SQLException {
        String owner = rs.getString("owner_id");
        return new IndexedGuide(
                rs.getObject("id", UUID.class),
                rs.getInt("number"),
                owner == null ? GuideDocument.COMMON : owner,
                rs.getString("title"),
                rs.getString("body"),
                List.of((String[]) rs.getArray("systems").getArray()),
                rs.getString("audience"));
    }

    private static Change change(ResultSet rs, int row) throws SQLException {
        return new Change(
                rs.getLong("horizon"),
                rs.getObject("id", Long.class),
                rs.getObject("guide_id", UUID.class),
                rs.getObject("xid", Long.class));
    }

    private record Change(long horizon, Long id, UUID guideId, Long xid) {}
}
