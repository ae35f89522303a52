package dk.ddh.hotline.guides.search;

import static dk.ddh.hotline.guides.search.GuideDocument.BODY;
import static dk.ddh.hotline.guides.search.GuideDocument.SYSTEMS;
import static dk.ddh.hotline.guides.search.GuideDocument.SYSTEM_NAME;
import static dk.ddh.hotline.guides.search.GuideDocument.TITLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The ranking, as a Lucene query. Each term of the query (stop words left out while other words remain) adds a fixed
 * share for matching at all, so guides matching all terms come first, then those matching most, plus its BM25 score
 * (rarer words weigh more) by field: systems above title above body. A word matches its stem, words starting with its
 * stem, and, for a compound, all its parts; a phrase matches as a phrase. Naming a system exactly weighs most; the
 * words close together in title or body earn a proximity bonus.
 */
final class GuideQuery {

    static final float SYSTEMS_WEIGHT = 4;
    static final float TITLE_WEIGHT = 3;
    static final float BODY_WEIGHT = 1;
    /** Per matched term: larger than what BM25 gives one word, so covering more terms wins. */
    static final float COVERAGE = 6;

    static final float SYSTEM_NAME_WEIGHT = 10;
    static final float PROXIMITY_WEIGHT = 2;
    private static final float PREFIX_WEIGHT = 0.5f;
    /** A compound's two parts both present weigh almost as the compound; one of them alone much less. */
    private static final float ALL_PARTS_WEIGHT = 0.8f;

    private static final float PART_WEIGHT = 0.3f;
    private static final int MIN_PREFIX = 4;
    private static final int PROXIMITY_SLOP = 3;
    private static final int MAX_SYSTEM_WORDS = 3;

    private final Analyzer analyzer;

    GuideQuery(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The terms that rank: all but stop words, unless the query has nothing else. */
    static List<SearchTerm> meaningful(List<SearchTerm> terms) {
        List<SearchTerm> meaningful =
                terms.stream().filter(term -> !term.isStopWord()).toList();
        return meaningful.isEmpty() ? terms : meaningful;
    }

    Query ranking(List<SearchTerm> terms, IndexReader reader) throws IOException {
        List<SearchTerm> meaningful = meaningful(terms);
        BooleanQuery.Builder ranking = new BooleanQuery.Builder();
        for (SearchTerm term : meaningful) {
            ranking.add(new FunctionScoreQuery(matches(term), new CoverageScore(COVERAGE)), Occur.SHOULD);
        }
        for (String system : systemsNamed(terms, reader)) {
            ranking.add(new BoostQuery(new TermQuery(new Term(SYSTEM_NAME, system)), SYSTEM_NAME_WEIGHT), Occur.SHOULD);
        }
        List<String> stems = meaningful.stream()
                .filter(term -> !term.synonyms())
                .map(term -> analyzed(term.word()).get(0).stem())
                .toList();
        if (stems.size() > 1) {
            ranking.add(new BoostQuery(near(TITLE, stems), PROXIMITY_WEIGHT * TITLE_WEIGHT), Occur.SHOULD);
            ranking.add(new BoostQuery(near(BODY, stems), PROXIMITY_WEIGHT), Occur.SHOULD);
        }
        return ranking.build();
    }

    /** What one term matches (unscored by coverage): any of its alternatives. */
    Query matches(SearchTerm term) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String alternative : term.alternatives()) {
            List<Token> tokens = analyzed(alternative);
            long words = tokens.stream().filter(token -> !token.part()).count();
            any.add(words > 1 ? phrase(tokens) : word(tokens), Occur.SHOULD);
        }
        return any.build();
    }

    private static Query word(List<Token> tokens) {
        String stem = tokens.get(0).stem();
        BooleanQuery.Builder word = new BooleanQuery.Builder();
        inFields(word, stem);
        if (stem.length() >= MIN_PREFIX) {
            word.add(
                    new BoostQuery(new PrefixQuery(new Term(TITLE, stem)), PREFIX_WEIGHT * TITLE_WEIGHT), Occur.SHOULD);
            word.add(new BoostQuery(new PrefixQuery(new Term(BODY, stem)), PREFIX_WEIGHT * BODY_WEIGHT), Occur.SHOULD);
        }
        List<String> parts = tokens.stream()
                .skip(1)
                .map(Token::stem)
                .filter(part -> !DanishAnalysis.isStopWord(part))
                .toList();
        BooleanQuery.Builder both = new BooleanQuery.Builder();
        for (String part : parts) {
            BooleanQuery.Builder anywhere = new BooleanQuery.Builder();
            inFields(anywhere, part);
            both.add(anywhere.build(), Occur.MUST);
            word.add(new BoostQuery(anywhere.build(), PART_WEIGHT), Occur.SHOULD);
        }
        if (parts.size() == 2) { // a compound of one reading: both its parts present weigh almost as the compound
            word.add(new BoostQuery(both.build(), ALL_PARTS_WEIGHT), Occur.SHOULD);
        }
        return word.build();
    }

    private static void inFields(BooleanQuery.Builder query, String stem) {
        query.add(new BoostQuery(new TermQuery(new Term(SYSTEMS, stem)), SYSTEMS_WEIGHT), Occur.SHOULD);
        query.add(new BoostQuery(new TermQuery(new Term(TITLE, stem)), TITLE_WEIGHT), Occur.SHOULD);
        query.add(new BoostQuery(new TermQuery(new Term(BODY, stem)), BODY_WEIGHT), Occur.SHOULD);
    }

    private static Query phrase(List<Token> tokens) {
        String[] stems =
                tokens.stream().filter(token -> !token.part()).map(Token::stem).toArray(String[]::new);
        BooleanQuery.Builder phrase = new BooleanQuery.Builder();
        phrase.add(new BoostQuery(new PhraseQuery(SYSTEMS, stems), SYSTEMS_WEIGHT), Occur.SHOULD);
        phrase.add(new BoostQuery(new PhraseQuery(TITLE, stems), TITLE_WEIGHT), Occur.SHOULD);
        phrase.add(new BoostQuery(new PhraseQuery(BODY, stems), BODY_WEIGHT), Occur.SHOULD);
        return phrase.build();
    }

    private static Query near(String field, List<String> stems) {
        return new PhraseQuery(PROXIMITY_SLOP, field, stems.toArray(String[]::new));
    }

    /** Systems some guide covers whose whole name the query says: a synonym's alternative or consecutive words. */
    private static List<String> systemsNamed(List<SearchTerm> terms, IndexReader reader) throws IOException {
        List<String> candidates = new ArrayList<>();
        for (int start = 0; start < terms.size(); start++) {
            SearchTerm first = terms.get(start);
            if (first.synonyms()) {
                first.alternatives().forEach(alternative -> candidates.add(GuideDocument.systemName(alternative)));
                continue;
            }
            StringBuilder words = new StringBuilder();
            for (int end = start; end < Math.min(terms.size(), start + MAX_SYSTEM_WORDS); end++) {
                if (terms.get(end).synonyms()) {
                    break;
                }
                words.append(end == start ? "" : " ").append(terms.get(end).word());
                candidates.add(words.toString());
            }
        }
        List<String> named = new ArrayList<>();
        for (String candidate : candidates) {
            if (!named.contains(candidate) && reader.docFreq(new Term(SYSTEM_NAME, candidate)) > 0) {
                named.add(candidate);
            }
        }
        return named;
    }

    /** The stems of a word or phrase; a compound's parts follow the compound, marked as parts. */
    private List<Token> analyzed(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(TITLE, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), position.getPositionIncrement() == 0));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tokens.isEmpty()) {
            tokens.add(new Token(text, false));
        }
        return tokens;
    }

    private record Token(String stem, boolean part) {}
}
