package dk.ddh.hotline.guides.course;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How far one agent has come: each course taken and the competencies held. The agent is named by its subject only.
 */
public record AgentProgress(String agent, List<CourseProgress> courses, List<HeldCompetency> competencies) {

    /**
     * @param attempts how many attempts were submitted
     * @param bestScorePercent the best score of them, or null before the first is submitted
     * @param openAttempt the attempt in progress, or null
     */
    public record CourseProgress(
            UUID courseId,
            String title,
            String competency,
            int attempts,
            Integer bestScorePercent,
            boolean passed,
            Instant lastSubmittedAt,
            UUID openAttempt) {}

    /** A competency granted by passing a course: the first pass counts. */
    public record HeldCompetency(String competency, UUID courseId, int scorePercent, Instant grantedAt) {}
}
