package dk.ddh.hotline.guides.synonym;

import dk.ddh.hotline.support.problem.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A synonym group editors maintain: its phrases find each other (NemID ~ MitID); with {@code alsoFinds} it is also
 * one-way: a query naming one of the phrases finds guides naming one of those too, not the other way round (kode →
 * adgangskode).
 */
public record Synonym(UUID id, List<String> phrases, List<String> alsoFinds, String changedBy, Instant changedAt) {

    public Synonym {
        phrases = List.copyOf(phrases);
        alsoFinds = List.copyOf(alsoFinds);
    }

    /**
     * A group as written: phrases trimmed and each named once (case aside).
     *
     * @throws InvalidRequestException {@code invalid-synonym} for a two-way group of one phrase, or a phrase that is
     *     also among {@code alsoFinds}
     */
    static Synonym of(UUID id, List<String> phrases, List<String> alsoFinds, String by, Instant at) {
        List<String> group = distinct(phrases);
        List<String> targets = distinct(alsoFinds);
        if (targets.isEmpty() && group.size() < 2) {
            throw invalid("phrases", "a group needs two different phrases, or alsoFinds for a one-way synonym");
        }
        List<String> lower = group.stream().map(Synonym::lower).toList();
        if (targets.stream().map(Synonym::lower).anyMatch(lower::contains)) {
            throw invalid("alsoFinds", "must not repeat a phrase of the group");
        }
        return new Synonym(id, group, targets, by, at);
    }

    private static List<String> distinct(List<String> texts) {
        List<String> kept = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String text : texts) {
            String phrase = String.join(" ", text.strip().split("\\s+"));
            if (!seen.contains(lower(phrase))) {
                seen.add(lower(phrase));
                kept.add(phrase);
            }
        }
        return kept;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(
                "invalid-synonym", field + " " + message, InvalidRequestException.fieldError(field, message));
    }
}
