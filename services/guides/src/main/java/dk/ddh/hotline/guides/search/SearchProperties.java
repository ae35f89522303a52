package dk.ddh.hotline.guides.search;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param synonyms groups of words or phrases callers use for the same thing (NemID ~ MitID): a query naming one finds
 *     guides naming any
 * @param minSimilarity how similar (pg_trgm, 0..1) a guide word must be to an unknown query word to replace it
 */
@ConfigurationProperties("hotline.guides.search")
public record SearchProperties(
        List<List<String>> synonyms, @DefaultValue("0.4") double minSimilarity) {

    public SearchProperties {
        synonyms = synonyms == null
                ? List.of()
                : synonyms.stream().map(List::copyOf).toList();
    }
}
