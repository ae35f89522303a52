package dk.ddh.hotline.guides.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.hunspell.Hunspell;

/**
 * The words a Danish compound is made of, by the dictionary: "lægetid" → læge, tid; "hospitalsaftale" → hospitals,
 * aftale; "sundhedsapp" → sundheds, app. Every split into two words the dictionary knows counts (the linking s stays on
 * the first part, where the stemmer removes it): without word frequencies the dictionary cannot tell "blodprøve + svar"
 * from "blodprøves + var", and for search a spare part costs little while a missing one loses the guide. Words are
 * looked up once each (a bounded cache): a corpus repeats the same few thousand words.
 */
final class CompoundSplitter {

    static final int MIN_PART = 3;
    private static final int MIN_WORD = 2 * MIN_PART;
    private static final int CACHE_SIZE = 50_000;

    private final Hunspell dictionary;
    private final Map<String, List<String>> cache = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > CACHE_SIZE;
        }
    });

    CompoundSplitter(Hunspell dictionary) {
        this.dictionary = dictionary;
    }

    /** The parts of a lower-case word, first parts first, or nothing when it is no compound of known words. */
    List<String> parts(String word) {
        if (word.length() < MIN_WORD || !word.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        List<String> cached = cache.get(word);
        if (cached == null) {
            cached = split(word);
            cache.put(word, cached);
        }
        return cached;
    }

    private List<String> split(String word) {
        Set<String> heads = new LinkedHashSet<>();
        Set<String> tails = new LinkedHashSet<>();
        for (int end = MIN_PART; end <= word.length() - MIN_PART; end++) {
            String head = word.substring(0, end);
            String tail = word.substring(end);
            if (dictionary.spell(head) && dictionary.spell(tail)) {
                heads.add(head);
                tails.add(tail);
            }
        }
        List<String> parts = new ArrayList<>(heads);
        tails.stream().filter(tail -> !heads.contains(tail)).forEach(parts::add);
        return List.copyOf(parts);
    }
}
