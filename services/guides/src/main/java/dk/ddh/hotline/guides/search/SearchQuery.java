package dk.ddh.hotline.guides.search;

import dk.ddh.hotline.guides.synonym.Synonym;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what an agent types into search terms, left to right: where a synonym phrase starts (compared stemmed, so
 * "doktoren" is "doktor"; the longest phrase first, so "Digital Post" is one term) the term is the phrase's
 * alternatives, otherwise a single word. Only letters and digits reach the index as words.
 */
final class SearchQuery {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_TERMS = 12;

    private final List<Phrase> phrases;

    SearchQuery(List<Synonym> synonyms) {
        Map<List<String>, Set<String>> alternatives = new LinkedHashMap<>();
        for (Synonym synonym : synonyms) {
            for (String phrase : synonym.phrases()) {
                Set<String> of = alternatives.computeIfAbsent(stems(phrase), key -> new LinkedHashSet<>());
                of.addAll(synonym.phrases());
                of.addAll(synonym.alsoFinds());
            }
        }
        this.phrases = alternatives.entrySet().stream()
                .filter(entry -> !entry.getKey().isEmpty())
                .map(entry -> new Phrase(entry.getKey(), List.copyOf(entry.getValue())))
                .sorted(Comparator.comparingInt(
                                (Phrase phrase) -> phrase.stems().size())
                        .reversed())
                .toList();
    }

    List<SearchTerm> parse(String text) {
        List<String> words = words(text);
        List<String> stems = words.stream().map(DanishAnalysis::stem).toList();
        List<SearchTerm> terms = new ArrayList<>();
        int at = 0;
        while (at < words.size()) {
            Phrase phrase = phraseAt(stems, at);
            if (phrase == null) {
                terms.add(SearchTerm.word(words.get(at)));
                at++;
            } else {
                terms.add(new SearchTerm(phrase.alternatives(), true));
                at += phrase.stems().size();
            }
        }
        return terms.stream().distinct().limit(MAX_TERMS).toList();
    }

    private Phrase phraseAt(List<String> stems, int at) {
        for (Phrase phrase : phrases) {
            int end = at + phrase.stems().size();
            if (end <= stems.size() && stems.subList(at, end).equals(phrase.stems())) {
                return phrase;
            }
        }
        return null;
    }

    private static List<String> stems(String phrase) {
        return words(phrase).stream().map(DanishAnalysis::stem).toList();
    }

    private static List<String> words(String text) {
        return Arrays.stream(NOT_A_WORD.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    private record Phrase(List<String> stems, List<String> alternatives) {}
}
