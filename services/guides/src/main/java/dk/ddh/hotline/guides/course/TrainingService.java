package dk.ddh.hotline.guides.course;

import dk.ddh.hotline.contracts.EventEnvelope;
import dk.ddh.hotline.contracts.Exchanges;
import dk.ddh.hotline.contracts.guides.GuidesEvents;
import dk.ddh.hotline.contracts.guides.TrainingCompleted;
import dk.ddh.hotline.guides.course.Attempt.Result;
import dk.ddh.hotline.support.outbox.EventOutbox;
import dk.ddh.hotline.support.problem.NotFoundException;
import dk.ddh.hotline.support.web.PageResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agents taking courses: start, answer, submit. Passing grants the course's competency and appends {@code
 * training.completed} to the outbox in the same transaction.
 */
@Service
public class TrainingService {

    private final CourseService courses;
    private final Attempts attempts;
    private final TrainingRecords records;
    private final EventOutbox outbox;
    private final Clock clock;

    TrainingService(
            CourseService courses, Attempts attempts, TrainingRecords records, EventOutbox outbox, Clock clock) {
        this.courses = courses;
        this.attempts = attempts;
        this.records = records;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param member the member the agent works for, or null
     * @throws TrainingConflict {@code attempt-in-progress} (with its id) while the agent has an open attempt at it
     */
    @Transactional
    public Attempt start(UUID courseId, String agent, String member) {
        Course course = courses.get(courseId);
        attempts.openAttempt(courseId, agent).ifPresent(open -> {
            throw new TrainingConflict(
                    "attempt-in-progress",
                    "You have an attempt at this course in progress: " + open,
                    Map.of("attemptId", open));
        });
        Attempt attempt = Attempt.start(course, agent, member, clock.instant());
        attempts.insert(attempt);
        return attempt;
    }

    @Transactional
    public Attempt answer(UUID attemptId, String agent, int question, Set<Integer> options) {
        Attempt attempt = lock(attemptId, agent);
        attempt.answer(courses.get(attempt.courseId()), question, options);
        attempts.insertAnswer(attemptId, question, attempt.answers().get(question), clock.instant());
        return attempt;
    }

    @Transactional
    public Attempt submit(UUID attemptId, String agent) {
        Attempt attempt = lock(attemptId, agent);
        Course course = courses.get(attempt.courseId());
        Result result = attempt.submit(course, clock.instant());
        attempts.saveResult(attemptId, result);
        if (result.passed()) {
            records.grant(attempt, course, result);
            announce(attempt, course, result);
        }
        return attempt;
    }

    /** The agent's own attempt; anyone else's does not exist for them. */
    @Transactional(readOnly = true)
    public Attempt attempt(UUID attemptId, String agent) {
        return attempts.find(attemptId, false)
                .filter(a -> a.agent().equals(agent))
                .orElseThrow(() -> new NotFoundException("attempt", attemptId));
    }

    @Transactional(readOnly = true)
    public AgentProgress progressOf(String agent) {
        return records.ofAgent(agent);
    }

    @Transactional(readOnly = true)
    public PageResponse<AgentProgress> progressAt(String member, int page, int size) {
        return records.ofMember(member, page, size);
    }

    private Attempt lock(UUID attemptId, String agent) {
        return attempts.find(attemptId, true)
                .filter(a -> a.agent().equals(agent))
                .orElseThrow(() -> new NotFoundException("attempt", attemptId));
    }

    /** The event carries the agent's subject, never a name; its time is when the attempt was submitted. */
    private void announce(Attempt attempt, Course course, Result result) {
        TrainingCompleted completed = new TrainingCompleted(
                course.id().toString(),
                attempt.agent(),
                attempt.member().orElse(null),
                course.content().competency(),
                result.scorePercent());
        outbox.append(
                Exchanges.GUIDES,
                new EventEnvelope<>(
                        EventEnvelope.SPEC_VERSION,
                        UUID.randomUUID().toString(),
                        GuidesEvents.SOURCE,
                        GuidesEvents.TRAINING_COMPLETED.name(),
                        OffsetDateTime.ofInstant(result.submittedAt(), ZoneOffset.UTC),
                        attempt.agent(),
                        GuidesEvents.TRAINING_COMPLETED.dataschema(),
                        "application/json",
                        completed));
    }
}
