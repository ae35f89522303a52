package dk.ddh.hotline.guides.search;

import dk.ddh.hotline.guides.search.SearchResult.Correction;
import dk.ddh.hotline.support.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Danish search over published guides: synonyms expanded, words that match nothing in the scope corrected for typos,
 * then ranked (all terms first, then most of them; never nothing while some word matches).
 */
@Service
public class SearchService {

    private final GuideIndexSync sync;
    private final GuideSearch search;

    SearchService(GuideIndexSync sync, GuideSearch search) {
        this.sync = sync;
        this.search = search;
    }

    /** @throws InvalidRequestException {@code empty-query} when the query has no word to search for */
    public SearchResult search(String query, SearchScope scope, int page, int size) {
        sync.catchUp();
        List<SearchTerm> parsed = sync.parser().parse(query);
        if (parsed.isEmpty()) {
            throw new InvalidRequestException("empty-query", "The query has no word to search for", Map.of("q", query));
        }
        List<Correction> corrections = new ArrayList<>();
        List<SearchTerm> terms = new ArrayList<>();
        for (SearchTerm term : parsed) {
            Optional<String> corrected = term.synonyms() || term.isStopWord() || search.matches(term, scope)
                    ? Optional.empty()
                    : search.correction(term.word(), scope);
            corrected.ifPresent(to -> corrections.add(new Correction(term.word(), to)));
            terms.add(corrected.map(SearchTerm::word).orElse(term));
        }
        GuideSearch.Found found = search.find(terms, scope, page, size);
        return new SearchResult(found.hits(), page, size, found.totalItems(), corrections);
    }
}
