package dk.ddh.hotline.guides.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what an agent types into search terms: synonym phrases first (longest first, so "Digital Post" is one term),
 * then the remaining words. Only letters and digits reach the database as words; phrases go through {@code
 * phraseto_tsquery}, which accepts any text.
 */
final class SearchQuery {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_TERMS = 12;

    private final List<List<String>> synonyms;

    SearchQuery(List<List<String>> synonyms) {
        this.synonyms = synonyms;
    }

    List<SearchTerm> parse(String text) {
        List<SearchTerm> terms = new ArrayList<>();
        String rest = " " + text.toLowerCase(Locale.ROOT) + " ";
        for (Phrase phrase : phrasesLongestFirst()) {
            Matcher match = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase.text()) + "(?![\\p{L}\\p{N}])")
                    .matcher(rest);
            if (match.find()) {
                terms.add(new SearchTerm(phrase.group(), true));
                rest = match.replaceAll(" ");
            }
        }
        for (String word : NOT_A_WORD.split(rest)) {
            if (!word.isEmpty()) {
                terms.add(SearchTerm.word(word));
            }
        }
        return terms.stream().distinct().limit(MAX_TERMS).toList();
    }

    private List<Phrase> phrasesLongestFirst() {
        List<Phrase> phrases = new ArrayList<>();
        for (List<String> group : synonyms) {
            for (String phrase : group) {
                phrases.add(new Phrase(phrase.toLowerCase(Locale.ROOT), group));
            }
        }
        phrases.sort(Comparator.comparingInt((Phrase p) -> p.text().length()).reversed());
        return phrases;
    }

    private record Phrase(String text, List<String> group) {}
}
