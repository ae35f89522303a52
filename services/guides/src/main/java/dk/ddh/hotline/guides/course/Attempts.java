package dk.ddh.hotline.guides.course;

import dk.ddh.hotline.guides.course.Attempt.Result;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The attempt and answer tables: an answer is inserted once; an attempt's result is written once, on submitting. */
@Repository
class Attempts {

    private final JdbcClient jdbc;

    Attempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws TrainingConflict {@code attempt-in-progress} when the agent started another one at the same time */
    void insert(Attempt attempt) {
        try {
            jdbc.sql("""
                            insert into attempt (id, course_id, agent, member_id, started_at)
                            values (:id, :courseId, :agent, :member, :startedAt)""")
                    .param("id", attempt.id())
                    .param("courseId", attempt.courseId())
                    .param("agent", attempt.agent())
                    .param("member", attempt.member().orElse(null))
                    .param("startedAt", Timestamp.from(attempt.startedAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new TrainingConflict(
                    "attempt-in-progress", "You have an attempt at this course in progress", Map.of());
        }
    }

    void insertAnswer(UUID attemptId, int question, Set<Integer> options, Instant at) {
        jdbc.sql("""
                        insert into answer (attempt_id, question, options, answered_at)
                        values (:attemptId, :question, :options, :at)""")
                .param("attemptId", attemptId)
                .param("question", question)
                .param("options", options.toArray(Integer[]::new))
                .param("at", Timestamp.from(at))
                .update();
    }

    void saveResult(UUID attemptId, Result result) {
        jdbc.sql("""
                        update attempt set submitted_at = :submittedAt, correct = :correct,
                        score_percent = :score, passed = :passed where id = :id""")
                .param("id", attemptId)
                .param("submittedAt", Timestamp.from(result.submittedAt()))
                .param("correct", result.correct())
                .param("score", result.scorePercent())
                .param("passed", result.passed())
                .update();
    }

    /** The attempt with its answers; with {@code lock}, locked (before its answers are read) until the end. */
    Optional<Attempt> find(UUID id, boolean lock) {
        Optional<AttemptRow> row = jdbc.sql("select id, course_id, agent, member_id, started_at, submitted_at, correct,"
                        + " score_percent, passed from attempt where id = :id" + (lock ? " for update" : ""))
                .param("id", id)
                .query(AttemptRow.class)
                .optional();
        return row.map(attempt -> attempt.toAttempt(answers(id)));
    }

    private Map<Integer, Set<Integer>> answers(UUID attemptId) {
        Map<Integer, Set<Integer>> answers = new HashMap<>();
        jdbc.sql("select question, options from answer where attempt_id = :id")
                .param("id", attemptId)
                .query(rs -> {
                    answers.put(rs.getInt("question"), integers(rs.getArray("options")));
                });
        return answers;
    }

    /** The agent's attempt at the course that is not submitted yet, if any. */
    Optional<UUID> openAttempt(UUID courseId, String agent) {
        return jdbc.sql(
                        "select id from attempt where course_id = :courseId and agent = :agent and submitted_at is null")
                .param("courseId", courseId)
                .param("agent", agent)
                .query(UUID.class)
                .optional();
    }

    private static Set<Integer> integers(Array array) throws SQLException {
        return Collections.unmodifiableSortedSet(new TreeSet<>(List.of((Integer[]) array.getArray())));
    }

    record AttemptRow(
            UUID id,
            UUID courseId,
            String agent,
            String memberId,
            Timestamp startedAt,
            Timestamp submittedAt,
            Integer correct,
            Integer scorePercent,
            Boolean passed) {

        Attempt toAttempt(Map<Integer, Set<Integer>> answers) {
            Result result =
                    submittedAt == null ? null : new Result(correct, scorePercent, passed, submittedAt.toInstant());
            return new Attempt(id, courseId, agent, memberId, startedAt.toInstant(), answers, result);
        }
    }
}
