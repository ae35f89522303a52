package dk.ddh.hotline.guides.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryUnitTests {

    private final SearchQuery query = new SearchQuery(List.of(
            List.of("NemID", "MitID"),
            List.of("e-Boks", "Digital Post", "mit.dk"),
            List.of("MinSP", "MinSundhedsplatform")));

    @Test
    void expandsASynonymPhraseIntoItsWholeGroup() {
        assertThat(query.parse("glemt kode til Digital Post"))
                .containsExactly(
                        new SearchTerm(List.of("e-Boks", "Digital Post", "mit.dk"), true),
                        SearchTerm.word("glemt"),
                        SearchTerm.word("kode"),
                        SearchTerm.word("til"));
    }

    @Test
    void matchesSynonymsCaseInsensitivelyOnlyAsWholeWords() {
        assertThat(query.parse("nemid")).containsExactly(new SearchTerm(List.of("NemID", "MitID"), true));
        assertThat(query.parse("minspejder")).containsExactly(SearchTerm.word("minspejder"));
    }

    @Test
    void keepsOnlyLettersAndDigitsOfOtherWords() {
        assertThat(query.parse("  'nulstille'; DROP--  253 "))
                .containsExactly(SearchTerm.word("nulstille"), SearchTerm.word("drop"), SearchTerm.word("253"));
        assertThat(query.parse(" ?! ")).isEmpty();
    }

    @Test
    void countsARepeatedWordOnce() {
        assertThat(query.parse("MitID mitid flytning flytning")).hasSize(2);
    }
}
