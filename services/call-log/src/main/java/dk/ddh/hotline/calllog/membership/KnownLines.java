package dk.ddh.hotline.calllog.membership;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The lines the call log knows, kept in step with membership's line events. */
@Repository
public class KnownLines {

    private final JdbcClient jdbc;

    KnownLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the line as of {@code asOf}, unless a newer state of it is stored already. */
    @Transactional
    void remember(KnownLine line, Instant asOf) {
        if (newerStored(line.lineId(), asOf)) {
            return;
        }
        // A number moves between lines only through removal or change, both announced: the older holder goes first.
        jdbc.sql("delete from known_line where number = :number and line_id <> :lineId")
                .param("number", line.number())
                .param("lineId", line.lineId())
                .update();
        jdbc.sql("""
                        insert into known_line (line_id, number, scope, member_id, as_of)
                        values (:lineId, :number, :scope, :memberId, :asOf)
                        on conflict (line_id) do update
                        set number = excluded.number, scope = excluded.scope, member_id = excluded.member_id,
                            as_of = excluded.as_of""")
                .param("lineId", line.lineId())
                .param("number", line.number())
                .param("scope", line.scope())
                .param("memberId", line.memberId())
                .param("asOf", Timestamp.from(asOf))
                .update();
    }

    @Transactional
    void forget(String lineId, Instant asOf) {
        if (!newerStored(lineId, asOf)) {
            jdbc.sql("delete from known_line where line_id = :lineId")
                    .param("lineId", lineId)
                    .update();
        }
    }

    private boolean newerStored(String lineId, Instant asOf) {
        return jdbc.sql("select count(*) from known_line where line_id = :lineId and as_of > :asOf")
                        .param("lineId", lineId)
                        .param("asOf", Timestamp.from(asOf))
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
