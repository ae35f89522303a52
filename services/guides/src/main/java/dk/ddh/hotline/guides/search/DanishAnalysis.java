package dk.ddh.hotline.guides.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * How Danish text becomes searchable words: Unicode word splitting, lower case, compounds split by the dictionary
 * (parts beside the whole word), then the Danish Snowball stemmer ("lægen" and "læge" are one word). Stop words are
 * kept in the index (phrases such as "Min Læge" need them) and left out of queries instead. The spelling field keeps
 * words as written, for typo correction.
 */
final class DanishAnalysis {

    static final CharArraySet STOP_WORDS = DanishAnalyzer.getDefaultStopSet();

    private final Analyzer text;
    private final Analyzer spelling;
    private final Analyzer perField;

    DanishAnalysis(CompoundSplitter splitter) {
        this.text = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer words = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(words);
                stream = new CompoundPartsFilter(stream, splitter);
                return new TokenStreamComponents(words, new SnowballFilter(stream, new DanishStemmer()));
            }
        };
        this.spelling = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer words = new StandardTokenizer();
                return new TokenStreamComponents(words, new LowerCaseFilter(words));
            }
        };
        this.perField = new PerFieldAnalyzerWrapper(text, Map.of(GuideDocument.SPELLING, spelling));
    }

    /** For the index and the highlighter: each field with its analyzer. */
    Analyzer perField() {
        return perField;
    }

    /** Title, systems and body. */
    Analyzer text() {
        return text;
    }

    /** The Snowball stem of one lower-case word. */
    static String stem(String word) {
        DanishStemmer stemmer = new DanishStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }
}
