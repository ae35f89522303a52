package dk.ddh.hotline.guides.course;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * An agent's attempt at a course: every question answered once, then submitted and scored. A failed attempt stays in
 * the record; the agent starts a new one.
 */
public final class Attempt {

    private final UUID id;
    private final UUID courseId;
    private final String agent;
    private final String member;
    private final Instant startedAt;
    private final SortedMap<Integer, Set<Integer>> answers;
    private Result result;

    Attempt(
            UUID id,
            UUID courseId,
            String agent,
            String member,
            Instant startedAt,
            Map<Integer, Set<Integer>> answers,
            Result result) {
        this.id = Objects.requireNonNull(id, "id");
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.agent = Objects.requireNonNull(agent, "agent");
        this.member = member;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.answers = new TreeMap<>(answers);
        this.result = result;
    }

    /** @param member the member the agent works for, or null when the token names none */
    static Attempt start(Course course, String agent, String member, Instant now) {
        course.checkTakeable();
        return new Attempt(UUID.randomUUID(), course.id(), agent, member, now, Map.of(), null);
    }

    /** Records the options chosen for one question; a question is answered once. */
    void answer(Course course, int question, Set<Integer> chosen) {
        checkOpen();
        course.question(question).checkChoice(question, chosen);
        if (answers.containsKey(question)) {
            throw new TrainingConflict(
                    "question-already-answered",
                    "Question " + question + " of attempt " + id + " is already answered",
                    Map.of("question", question));
        }
        answers.put(question, Collections.unmodifiableSortedSet(new TreeSet<>(chosen)));
    }

    /** Scores the attempt once every question is answered. */
    Result submit(Course course, Instant now) {
        checkOpen();
        List<Integer> unanswered = IntStream.rangeClosed(
                        1, course.content().questions().size())
                .filter(n -> !answers.containsKey(n))
                .boxed()
                .toList();
        if (!unanswered.isEmpty()) {
            throw new TrainingConflict(
                    "answers-incomplete",
                    "Every question must be answered before submitting; unanswered: " + unanswered,
                    Map.of("unanswered", unanswered));
        }
        int correct = (int) answers.entrySet().stream()
                .filter(a -> course.question(a.getKey()).isAnsweredCorrectlyBy(a.getValue()))
                .count();
        int score = course.content().scorePercent(correct);
        result = new Result(correct, score, course.content().passes(score), now);
        return result;
    }

    private void checkOpen() {
        if (result != null) {
            throw new TrainingConflict(
                    "attempt-submitted",
                    "Attempt " + id + " is already submitted; start a new attempt to try again",
                    Map.of("attemptId", id));
        }
    }

    public UUID id() {
        return id;
    }

    public UUID courseId() {
        return courseId;
    }

    public String agent() {
        return agent;
    }

    public Optional<String> member() {
        return Optional.ofNullable(member);
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The chosen options by question number. */
    public SortedMap<Integer, Set<Integer>> answers() {
        return new TreeMap<>(answers);
    }

    public Optional<Result> result() {
        return Optional.ofNullable(result);
    }

    /**
     * A submitted attempt's score.
     *
     * @param correct how many questions were answered correctly
     * @param scorePercent the share of correct answers, rounded down
     */
    public record Result(int correct, int scorePercent, boolean passed, Instant submittedAt) {}
}
