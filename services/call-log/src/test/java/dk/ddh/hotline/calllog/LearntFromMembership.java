package dk.ddh.hotline.calllog;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the call log has learnt from membership's events, read from its tables: tests wait for it before acting. */
public record LearntFromMembership(JdbcClient jdbc) {

    public boolean line(String number) {
        return jdbc.sql("select count(*) from known_line where number = :number")
                        .param("number", number)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public boolean agent(String agentId) {
        return jdbc.sql("select count(*) from known_agent where agent_id = :agentId")
                        .param("agentId", agentId)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
