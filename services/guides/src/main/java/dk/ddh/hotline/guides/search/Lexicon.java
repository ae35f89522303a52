package dk.ddh.hotline.guides.search;

import dk.ddh.hotline.guides.guide.Audience;
import dk.ddh.hotline.guides.guide.GuideContent;
import dk.ddh.hotline.guides.guide.RevisionPublished;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The words of published guides, for typo tolerance: a query word no guide word starts with (after Danish stemming) is
 * replaced by the most similar guide word by trigram similarity (pg_trgm), if one is similar enough.
 */
@Component
class Lexicon {

    private static final int MIN_LENGTH = 3;
    private static final int MAX_LENGTH = 40;

    private final JdbcClient jdbc;
    private final double minSimilarity;

    Lexicon(JdbcClient jdbc, SearchProperties properties) {
        this.jdbc = jdbc;
        this.minSimilarity = properties.minSimilarity();
    }

    /** Learns the words of a revision as it goes live, in the publishing transaction. */
    @EventListener
    void learn(RevisionPublished published) {
        GuideContent content = published.content();
        String[] words = Arrays.stream((content.title() + " " + content.systemsText() + " " + content.body())
                        .toLowerCase(Locale.ROOT)
                        .split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= MIN_LENGTH && word.length() <= MAX_LENGTH)
                .filter(word -> !word.chars().allMatch(Character::isDigit)) // no typo is corrected to a number
                .distinct()
                .toArray(String[]::new);
        jdbc.sql("""
                        insert into search_word (word, citizen)
                        select unnest(cast(:words as text[])), :citizen
                        on conflict (word) do update set citizen = search_word.citizen or excluded.citizen""")
                .param("words", words)
                .param("citizen", content.audience() == Audience.CITIZEN)
                .update();
    }

    /**
     * The guide word to search instead of {@code word}, or empty when the word is fine as it is (some guide word starts
     * with its stem, it is a stop word) or nothing is similar enough.
     */
    Optional<String> correction(String word, boolean citizenOnly) {
        Boolean known = jdbc.sql("""
                        select s.stem is null or exists (
                            select 1 from search_word
                            where word like s.stem || '%' and (citizen or not :citizenOnly))
                        from (select (ts_lexize('danish_stem', :word))[1] as stem) s""")
                .param("word", word)
                .param("citizenOnly", citizenOnly)
                .query(Boolean.class)
                .single();
        if (Boolean.TRUE.equals(known) || word.length() < MIN_LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select word from search_word
                        where word % :word and similarity(word, :word) >= :min and (citizen or not :citizenOnly)
                        order by similarity(word, :word) desc, length(word), word
                        limit 1""")
                .param("word", word)
                .param("min", minSimilarity)
                .param("citizenOnly", citizenOnly)
                .query(String.class)
                .optional();
    }
}
