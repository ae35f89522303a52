package dk.ddh.hotline.guides.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A term's score plus a fixed share for matching it at all, in one pass over its postings (a second, constant-score
 * clause over the same term would cost as much again).
 */
final class CoverageScore extends DoubleValuesSource {

    private final double share;

    CoverageScore(double share) {
        this.share = share;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) {
        return new DoubleValues() {
            @Override
            public double doubleValue() throws IOException {
                return scores.doubleValue() + share;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                return scores.advanceExact(doc);
            }
        };
    }

    @Override
    public boolean needsScores() {
        return true;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext context) {
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CoverageScore coverage && coverage.share == share;
    }

    @Override
    public int hashCode() {
        return Objects.hash(share);
    }

    @Override
    public String toString() {
        return "score + " + share;
    }
}
