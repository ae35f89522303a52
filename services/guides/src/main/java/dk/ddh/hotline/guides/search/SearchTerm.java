package dk.ddh.hotline.guides.search;

import java.util.List;

/**
 * One part of a query: a single word (matched stemmed, as a prefix, by its compound parts) or the alternatives of a
 * synonym phrase, any of which may match. A guide matching more terms ranks higher.
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

    /** A single word that carries no meaning of its own ("på", "ikke"). */
    boolean isStopWord() {
        return !synonyms && DanishAnalysis.isStopWord(word());
    }
}
