package dk.ddh.hotline.membership.line;

import dk.ddh.hotline.contracts.membership.LineScope;
import dk.ddh.hotline.support.phone.PhoneNumber;
import dk.ddh.hotline.support.web.PageResponse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lines table; its unique constraint on the number is what finally keeps a number to one line. */
@Repository
class Lines {

    private final JdbcClient jdbc;

    Lines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(HotlineLine line, Instant now) {
        jdbc.sql("insert into hotline_line (id, number, scope, member_id, created_at)"
                        + " values (:id, :number, :scope, :memberId, :now)")
                .param("id", line.id())
                .param("number", line.number().e164())
                .param("scope", line.scope().name())
                .param("memberId", line.memberId())
                .param("now", Timestamp.from(now))
                .update();
    }

    void update(HotlineLine line) {
        jdbc.sql("update hotline_line set number = :number, scope = :scope where id = :id")
                .param("id", line.id())
                .param("number", line.number().e164())
                .param("scope", line.scope().name())
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from hotline_line where id = :id").param("id", id).update();
    }

    Optional<HotlineLine> find(UUID id) {
        return jdbc.sql("select id, number, scope, member_id from hotline_line where id = :id")
                .param("id", id)
                .query(Lines::map)
                .optional();
    }

    Optional<HotlineLine> findByNumber(PhoneNumber number) {
        return jdbc.sql("select id, number, scope, member_id from hotline_line where number = :number")
                .param("number", number.e164())
                .query(Lines::map)
                .optional();
    }

    PageResponse<HotlineLine> ofMember(String memberId, int page, int size) {
        List<HotlineLine> items = jdbc.sql("select id, number, scope, member_id from hotline_line"
                        + " where member_id = :memberId order by number limit :limit offset :offset")
                .param("memberId", memberId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Lines::map)
                .list();
        long total = jdbc.sql("select count(*) from hotline_line where member_id = :memberId")
                .param("memberId", memberId)
                .query(Long.class)
                .single();
        return new PageResponse<>(items, page, size, total);
    }

    private static HotlineLine map(ResultSet rs, int row) throws SQLException {
        return new HotlineLine(
                rs.getObject("id", UUID.class),
                new PhoneNumber(rs.getString("number")),
                LineScope.valueOf(rs.getString("scope")),
                rs.getString("member_id"));
    }
}
