package dk.ddh.hotline.guides.search;

import java.util.List;

/**
 * One part of a query that a guide must match: a single word (matched stemmed, as a prefix: "nulstille" finds
 * "nulstilling") or a group of synonymous phrases, any of which may match.
 */
record SearchTerm(List<String> alternatives, boolean synonyms) {

    SearchTerm {
        alternatives = List.copyOf(alternatives);
    }

    static SearchTerm word(String word) {
        return new SearchTerm(List.of(word), false);
    }

    String word() {
        return alternatives.get(0);
    }
}
