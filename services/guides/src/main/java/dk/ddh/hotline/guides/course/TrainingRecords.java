package dk.ddh.hotline.guides.course;

import dk.ddh.hotline.guides.course.AgentProgress.CourseProgress;
import dk.ddh.hotline.guides.course.AgentProgress.HeldCompetency;
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

/** Competencies granted and the progress read from attempts: per agent, and per member the agents who trained there. */
@Repository
class TrainingRecords {

    private static final String COURSES = """
            select a.agent, a.course_id, c.title, c.competency, count(a.submitted_at) as attempts,
                   max(a.score_percent) as best_score, coalesce(bool_or(a.passed), false) as passed,
                   max(a.submitted_at) as last_submitted_at,
                   (array_agg(a.id) filter (where a.submitted_at is null))[1] as open_attempt
            from attempt a join course c on c.id = a.course_id
            where a.agent = :agent and (:anyMember or a.member_id = :member)
            group by a.agent, a.course_id, c.title, c.competency
            order by c.title, a.course_id""";

    private final JdbcClient jdbc;

    TrainingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Grants the competency unless the agent holds it already. */
    void grant(Attempt attempt, Course course, Attempt.Result result) {
        jdbc.sql("""
                        insert into agent_competency
                            (agent, competency, member_id, course_id, attempt_id, score_percent, granted_at)
                        values (:agent, :competency, :member, :courseId, :attemptId, :score, :grantedAt)
                        on conflict (agent, competency) do nothing""")
                .param("agent", attempt.agent())
                .param("competency", course.content().competency())
                .param("member", attempt.member().orElse(null))
                .param("courseId", course.id())
                .param("attemptId", attempt.id())
                .param("score", result.scorePercent())
                .param("grantedAt", Timestamp.from(result.submittedAt()))
                .update();
    }

    /** The agent's progress in every course, wherever the agent worked. */
    AgentProgress ofAgent(String agent) {
        return progress(agent, Optional.empty());
    }

    /** The agents who trained while working for the member, with their progress there. */
    PageResponse<AgentProgress> ofMember(String member, int page, int size) {
        List<AgentProgress> items = jdbc
                .sql("""
                        select agent from attempt where member_id = :member
                        group by agent order by agent limit :limit offset :offset""")
                .param("member", member)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(String.class)
                .list()
                .stream()
                .map(agent -> progress(agent, Optional.of(member)))
                .toList();
        long total = jdbc.sql("select count(distinct agent) from attempt where member_id = :member")
                .param("member", member)
                .query(Long.class)
                .single();
        return new PageResponse<>(items, page, size, total);
    }

    private AgentProgress progress(String agent, Optional<String> member) {
        List<CourseProgress> courses = jdbc.sql(COURSES)
                .param("agent", agent)
                .param("anyMember", member.isEmpty())
                .param("member", member.orElse(null))
                .query(TrainingRecords::courseProgress)
                .list();
        List<HeldCompetency> competencies = jdbc.sql("""
                        select competency, course_id, score_percent, granted_at from agent_competency
                        where agent = :agent order by competency""")
                .param("agent", agent)
                .query((rs, row) -> new HeldCompetency(
                        rs.getString("competency"),
                        rs.getObject("course_id", UUID.class),
                        rs.getInt("score_percent"),
                        rs.getTimestamp("granted_at").toInstant()))
                .list();
        return new AgentProgress(agent, courses, competencies);
    }

    private static CourseProgress courseProgress(ResultSet rs, int row) throws SQLException {
        return new CourseProgress(
                rs.getObject("course_id", UUID.class),
                rs.getString("title"),
                rs.getString("competency"),
                rs.getInt("attempts"),
                rs.getObject("best_score", Integer.class),
                rs.getBoolean("passed"),
                instant(rs.getTimestamp("last_submitted_at")),
                rs.getObject("open_attempt", UUID.class));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
