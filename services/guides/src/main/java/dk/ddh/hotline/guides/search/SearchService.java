package dk.ddh.hotline.guides.search;

import dk.ddh.hotline.guides.search.SearchResult.Correction;
import dk.ddh.hotline.support.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Danish search over published guides: synonyms expanded, typos corrected against the lexicon, then ranked. */
@Service
public class SearchService {

    private final SearchQuery parser;
    private final Lexicon lexicon;
    private final GuideSearch search;

    SearchService(SearchProperties properties, Lexicon lexicon, GuideSearch search) {
        this.parser = new SearchQuery(properties.synonyms());
        this.lexicon = lexicon;
        this.search = search;
    }

    /** @throws InvalidRequestException {@code empty-query} when the query has no word to search for */
    @Transactional(readOnly = true)
    public SearchResult search(String query, SearchScope scope, int page, int size) {
        List<SearchTerm> parsed = parser.parse(query);
        if (parsed.isEmpty()) {
            throw new InvalidRequestException("empty-query", "The query has no word to search for", Map.of("q", query));
        }
        List<Correction> corrections = new ArrayList<>();
        List<SearchTerm> terms = new ArrayList<>();
        for (SearchTerm term : parsed) {
            Optional<String> corrected =
                    term.synonyms() ? Optional.empty() : lexicon.correction(term.word(), scope.citizenOnly());
            corrected.ifPresent(to -> corrections.add(new Correction(term.word(), to)));
            terms.add(corrected.map(SearchTerm::word).orElse(term));
        }
        GuideSearch.Found found = search.find(terms, scope, page, size);
        return new SearchResult(found.hits(), page, size, found.totalItems(), corrections);
    }
}
