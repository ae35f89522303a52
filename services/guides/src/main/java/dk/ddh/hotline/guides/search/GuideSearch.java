package dk.ddh.hotline.guides.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Component;

/**
 * Searching the index within a scope: ranked hits with marked-up title and snippet, whether a term matches at all, and
 * the typo correction of a word that matches nothing (one edit from 4 letters, two from 8, a swap of neighbours
 * counting as one; only words of guides in the scope are suggested).
 */
@Component
class GuideSearch {

    private static final int MIN_TYPO_LENGTH = 4;
    private static final int TWO_TYPOS_LENGTH = 8;
    private static final int SUGGESTIONS = 5;
    /** Lines of the body in a snippet. */
    private static final int SNIPPET_PASSAGES = 3;

    private static final Sort BEST_FIRST =
            new Sort(SortField.FIELD_SCORE, new SortField(GuideDocument.TITLE_ORDER, SortField.Type.STRING));

    private final GuideIndex index;
    private final DanishAnalysis analysis;
    private final GuideQuery queries;
    private final DirectSpellChecker oneTypo = spellChecker(1);
    private final DirectSpellChecker twoTypos = spellChecker(2);

    GuideSearch(GuideIndex index, DanishAnalysis analysis) {
        this.index = index;
        this.analysis = analysis;
        this.queries = new GuideQuery(analysis.text());
    }

    /** One page of hits, best first, and how many guides match in all. */
    Found find(List<SearchTerm> terms, SearchScope scope, int page, int size) {
        return index.read(searcher -> {
            Query ranking = queries.ranking(terms, searcher.getIndexReader());
            Query query = new BooleanQuery.Builder()
                    .add(ranking, Occur.MUST)
                    .add(filter(scope), Occur.FILTER)
                    .build();
            TopFieldDocs top = searcher.search(
                    query, new TopFieldCollectorManager(BEST_FIRST, (page + 1) * size, null, Integer.MAX_VALUE));
            TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
            List<ScoreDoc> shown = new ArrayList<>();
            for (int i = page * size; i < top.scoreDocs.length; i++) {
                shown.add(top.scoreDocs[i]);
            }
            return new Found(hits(searcher, ranking, shown), top.totalHits.value);
        });
    }

    /** Whether the term matches some guide in the scope. */
    boolean matches(SearchTerm term, SearchScope scope) {
        return index.read(searcher -> count(searcher, queries.matches(term), scope) > 0);
    }

    /** The guide word most like {@code word} that matches a guide in the scope, if one is close enough. */
    Optional<String> correction(String word, SearchScope scope) {
        if (word.length() < MIN_TYPO_LENGTH || word.chars().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        DirectSpellChecker checker = word.length() >= TWO_TYPOS_LENGTH ? twoTypos : oneTypo;
        return index.read(searcher -> {
            SuggestWord[] suggestions = checker.suggestSimilar(
                    new Term(GuideDocument.SPELLING, word),
                    SUGGESTIONS,
                    searcher.getIndexReader(),
                    SuggestMode.SUGGEST_ALWAYS);
            for (SuggestWord suggestion : suggestions) {
                if (count(searcher, queries.matches(SearchTerm.word(suggestion.string)), scope) > 0) {
                    return Optional.of(suggestion.string);
                }
            }
            return Optional.empty();
        });
    }

    private static int count(IndexSearcher searcher, Query matches, SearchScope scope) throws IOException {
        return searcher.count(new BooleanQuery.Builder()
                .add(matches, Occur.MUST)
                .add(filter(scope), Occur.FILTER)
                .build());
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query ranking, List<ScoreDoc> shown) throws IOException {
        int[] docs = shown.stream().mapToInt(doc -> doc.doc).toArray();
        Map<String, String[]> marked = new GuideHighlighter(searcher, analysis.perField())
                .highlightFields(new String[] {GuideDocument.TITLE, GuideDocument.BODY}, ranking, docs, new int[] {
                    1, SNIPPET_PASSAGES
                });
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            Document doc = searcher.storedFields().document(docs[i]);
            IndexedGuide guide = GuideDocument.from(doc);
            hits.add(new SearchHit(
                    guide.guideId(),
                    guide.revision(),
                    guide.owner(),
                    guide.title(),
                    guide.audience(),
                    guide.systems(),
                    shown.get(i).score,
                    marked.get(GuideDocument.TITLE)[i],
                    marked.get(GuideDocument.BODY)[i]));
        }
        return hits;
    }

    /** The scope: common guides plus the member's own (or every member's), for citizens only CITIZEN guides. */
    private static Query filter(SearchScope scope) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        filter.add(new MatchAllDocsQuery(), Occur.FILTER);
        if (!scope.allMembers()) {
            List<BytesRef> owners = new ArrayList<>(List.of(new BytesRef(GuideDocument.COMMON)));
            scope.member().ifPresent(member -> owners.add(new BytesRef(member)));
            filter.add(new TermInSetQuery(GuideDocument.OWNER, owners), Occur.FILTER);
        }
        if (scope.citizenOnly()) {
            filter.add(new TermQuery(new Term(GuideDocument.AUDIENCE, "CITIZEN")), Occur.FILTER);
        }
        scope.system()
                .ifPresent(system -> filter.add(new TermQuery(new Term(GuideDocument.SYSTEM, system)), Occur.FILTER));
        return filter.build();
    }

    private static DirectSpellChecker spellChecker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setMinPrefix(0);
        checker.setMinQueryLength(MIN_TYPO_LENGTH);
        return checker;
    }

    record Found(List<SearchHit> hits, long totalItems) {}
}
