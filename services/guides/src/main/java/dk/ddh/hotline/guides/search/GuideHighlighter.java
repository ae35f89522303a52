package dk.ddh.hotline.guides.search;

import java.text.BreakIterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks the matches of a query in titles (whole) and bodies (by line: a guide's steps are one line each), from the
 * offsets stored in the index. Lucene would fall back to analysing the text again for prefix and phrase queries, which
 * costs milliseconds per hit; with weight matches the offsets in the postings serve every query.
 */
final class GuideHighlighter extends UnifiedHighlighter {

    GuideHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withWeightMatches(true)
                .withFormatter(new MarkedPassages()));
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        return field.equals(GuideDocument.TITLE) ? new WholeBreakIterator() : new CustomSeparatorBreakIterator('\n');
    }

    @Override
    protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
        return OffsetSource.POSTINGS;
    }
}
