package dk.ddh.hotline.membership.agent;

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

@Repository
class Agents {

    private static final String COLUMNS = "id, member_id, name, work_email, active";

    private final JdbcClient jdbc;

    Agents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Agent agent, Instant now) {
        jdbc.sql("insert into agent (" + COLUMNS + ", created_at)"
                        + " values (:id, :memberId, :name, :email, :active, :now)")
                .param("id", agent.id())
                .param("memberId", agent.memberId())
                .param("name", agent.name())
                .param("email", agent.workEmail())
                .param("active", agent.active())
                .param("now", Timestamp.from(now))
                .update();
    }

    void update(Agent agent) {
        jdbc.sql("update agent set name = :name, work_email = :email, active = :active where id = :id")
                .param("id", agent.id())
                .param("name", agent.name())
                .param("email", agent.workEmail())
                .param("active", agent.active())
                .update();
    }

    Optional<Agent> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from agent where id = :id")
                .param("id", id)
                .query(Agents::map)
                .optional();
    }

    boolean emailTaken(String workEmail, UUID exceptAgent) {
        return jdbc.sql("select exists (select 1 from agent where lower(work_email) = lower(:email)"
                        + " and (cast(:except as uuid) is null or id <> :except))")
                .param("email", workEmail)
                .param("except", exceptAgent)
                .query(Boolean.class)
                .single();
    }

    PageResponse<Agent> ofMember(String memberId, int page, int size) {
        List<Agent> items = jdbc.sql("select " + COLUMNS + " from agent where member_id = :memberId"
                        + " order by name, id limit :limit offset :offset")
                .param("memberId", memberId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Agents::map)
                .list();
        long total = jdbc.sql("select count(*) from agent where member_id = :memberId")
                .param("memberId", memberId)
                .query(Long.class)
                .single();
        return new PageResponse<>(items, page, size, total);
    }

    private static Agent map(ResultSet rs, int row) throws SQLException {
        return new Agent(
                rs.getObject("id", UUID.class),
                rs.getString("member_id"),
                rs.getString("name"),
                rs.getString("work_email"),
                rs.getBoolean("active"));
    }
}
