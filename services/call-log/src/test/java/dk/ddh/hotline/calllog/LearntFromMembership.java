package dk.ddh.hotline.calllog;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the call log has learnt from membership's events, read from its tables: tests wait for it before acting. */
public record LearntFromMembership(JdbcClient jdbc) {

    private static final Duration WAIT = Duration.ofSeconds(20);

    public boolean line(String number) {
        return knows("select count(*) from known_line where number = :key", number);
    }

    /** Waits until call-log knows every line (by number). */
    public void awaitLines(String... numbers) {
        await().atMost(WAIT).until(() -> Stream.of(numbers).allMatch(this::line));
    }

    public void awaitMember(String memberId) {
        await().atMost(WAIT).until(() -> knows("select count(*) from known_member where member_id = :key", memberId));
    }

    public void awaitAgent(String agentId) {
        await().atMost(WAIT).until(() -> knows("select count(*) from known_agent where agent_id = :key", agentId));
    }

    private boolean knows(String countQuery, String key) {
        return jdbc.sql(countQuery).param("key", key).query(Integer.class).single() > 0;
    }
}
