package dk.ddh.hotline.guides.synonym;

import dk.ddh.hotline.support.web.PageResponse;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Synonyms {

    private final JdbcClient jdbc;

    Synonyms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Synonym> all() {
        return jdbc.sql("select * from search_synonym order by phrases[1], id")
                .query(Synonyms::synonym)
                .list();
    }

    PageResponse<Synonym> page(int page, int size) {
        List<Synonym> items = jdbc.sql(
                        "select * from search_synonym order by phrases[1], id limit :limit offset :offset")
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Synonyms::synonym)
                .list();
        long total = jdbc.sql("select count(*) from search_synonym")
                .query(Long.class)
                .single();
        return new PageResponse<>(items, page, size, total);
    }

    Optional<Synonym> find(UUID id, boolean lock) {
        return jdbc.sql("select * from search_synonym where id = :id" + (lock ? " for update" : ""))
                .param("id", id)
                .query(Synonyms::synonym)
                .optional();
    }

    void save(Synonym synonym) {
        jdbc.sql("""
                        insert into search_synonym (id, phrases, also_finds, changed_by, changed_at)
                        values (:id, :phrases, :alsoFinds, :by, :at)
                        on conflict (id) do update set phrases = excluded.phrases, also_finds = excluded.also_finds,
                            changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .param("id", synonym.id())
                .param("phrases", synonym.phrases().toArray(String[]::new))
                .param("alsoFinds", synonym.alsoFinds().toArray(String[]::new))
                .param("by", synonym.changedBy())
                .param("at", Timestamp.from(synonym.changedAt()))
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from search_synonym where id = :id").param("id", id).update();
    }

    void audit(UUID id, SynonymChange change) {
        jdbc.sql("""
                        insert into search_synonym_audit (synonym_id, action, phrases, also_finds, by, at)
                        values (:id, :action, :phrases, :alsoFinds, :by, :at)""")
                .param("id", id)
                .param("action", change.action().name())
                .param("phrases", change.phrases().toArray(String[]::new))
                .param("alsoFinds", change.alsoFinds().toArray(String[]::new))
                .param("by", change.by())
                .param("at", Timestamp.from(change.at()))
                .update();
    }

    List<SynonymChange> history(UUID id) {
        return jdbc.sql("select * from search_synonym_audit where synonym_id = :id order by id")
                .param("id", id)
                .query((rs, row) -> new SynonymChange(
                        SynonymChange.Action.valueOf(rs.getString("action")),
                        texts(rs.getArray("phrases")),
                        texts(rs.getArray("also_finds")),
                        rs.getString("by"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    private static Synonym synonym(ResultSet rs, int row) throws SQLException {
        return new Synonym(
                rs.getObject("id", UUID.class),
                texts(rs.getArray("phrases")),
                texts(rs.getArray("also_finds")),
                rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant());
    }

    private static List<String> texts(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
