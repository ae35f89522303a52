package dk.ddh.hotline.guides.course;

import dk.ddh.hotline.support.problem.InvalidRequestException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A quiz question with its options, numbered from 1, and the option(s) that together make the correct answer: an
 * answer is right when it chooses exactly those.
 */
public record Question(String text, List<String> options, SortedSet<Integer> correct) {

    public Question {
        options = List.copyOf(options);
        correct = Collections.unmodifiableSortedSet(new TreeSet<>(correct));
        if (options.size() < 2 || correct.isEmpty()) {
            throw new InvalidRequestException(
                    "invalid-question",
                    "A question needs at least two options and at least one correct option: " + text,
                    Map.of("question", text));
        }
        Set<Integer> unknown = outside(correct, options.size());
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException(
                    "invalid-question",
                    "The correct option(s) " + unknown + " are not options of: " + text,
                    Map.of("question", text, "unknown", unknown));
        }
    }

    boolean isAnsweredCorrectlyBy(Set<Integer> chosen) {
        return correct.equals(chosen);
    }

    /** @throws InvalidRequestException {@code unknown-option} for a chosen number that is not an option */
    void checkChoice(int number, Set<Integer> chosen) {
        Set<Integer> unknown = outside(chosen, options.size());
        if (chosen.isEmpty() || !unknown.isEmpty()) {
            throw new InvalidRequestException(
                    "unknown-option",
                    "Question " + number + " has options 1 to " + options.size() + "; chosen: " + chosen,
                    Map.of("question", number, "options", options.size()));
        }
    }

    private static Set<Integer> outside(Set<Integer> numbers, int count) {
        Set<Integer> outside = new TreeSet<>();
        numbers.stream().filter(n -> n < 1 || n > count).forEach(outside::add);
        return outside;
    }
}
