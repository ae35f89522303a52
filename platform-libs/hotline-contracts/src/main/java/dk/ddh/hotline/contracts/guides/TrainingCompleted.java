package dk.ddh.hotline.contracts.guides;

/**
 * An agent passed an e-learning course and so holds the course's competency (scheduling rosters by it).
 *
 * @param courseId the course's id
 * @param agent the agent's subject in the identity provider
 * @param memberId the member the agent works for, or null when the token named none
 * @param competency what passing grants, e.g. {@code HEALTH_APPS}
 * @param scorePercent the share of quiz questions answered correctly, 0..100
 */
public record TrainingCompleted(String courseId, String agent, String memberId, String competency, int scorePercent) {}
