package dk.ddh.hotline.support.demo;

import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a service's demo data once: in one transaction, under a PostgreSQL advisory lock named after what is loaded, so
 * that instances starting together load it once, and not at all where data (demo or real) is there already.
 */
public class DemoLoad {

    private static final Logger log = LoggerFactory.getLogger(DemoLoad.class);

    /** The high half of every demo lock: "DEMO". */
    private static final long DEMO = 0x44454D4FL << 32;

    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    DemoLoad(TransactionTemplate transaction, JdbcClient jdbc) {
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /**
     * @param what what is loaded, e.g. {@code "demo guides"}: names the lock and the log line
     * @param present whether there is data already; then nothing is loaded
     * @param load writes the demo data, within the transaction
     */
    public void once(String what, BooleanSupplier present, Runnable load) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:lock)")
                    .param("lock", DEMO | (what.hashCode() & 0xFFFFFFFFL))
                    .query()
                    .singleRow();
            if (present.getAsBoolean()) {
                log.info("Data exists, {} not loaded", what);
                return;
            }
            load.run();
        });
    }
}
