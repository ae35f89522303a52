package dk.ddh.hotline.calllog.membership;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which member each agent works for, kept in step with membership's agent events. */
@Repository
public class KnownAgents {

    private final JdbcClient jdbc;

    KnownAgents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the agent as of {@code asOf}, unless a newer state of it is stored already. */
    void remember(String agentId, String memberId, boolean active, Instant asOf) {
        jdbc.sql("""
                        insert into known_agent (agent_id, member_id, active, as_of)
                        values (:agentId, :memberId, :active, :asOf)
                        on conflict (agent_id) do update
                        set member_id = excluded.member_id, active = excluded.active, as_of = excluded.as_of
                        where known_agent.as_of <= excluded.as_of""")
                .param("agentId", agentId)
                .param("memberId", memberId)
                .param("active", active)
                .param("asOf", Timestamp.from(asOf))
                .update();
    }
}
