package dk.ddh.hotline.guides.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.guides.synonym.Synonym;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SearchQueryUnitTests {

    private final SearchQuery query = new SearchQuery(List.of(
            group(List.of("NemID", "MitID"), List.of()),
            group(List.of("e-Boks", "Digital Post", "mit.dk"), List.of()),
            group(List.of("doktor", "læge"), List.of()),
            group(List.of("kode"), List.of("adgangskode"))));

    @Test
    void expandsASynonymPhraseIntoItsWholeGroup() {
        assertThat(query.parse("glemt kode til Digital Post"))
                .containsExactly(
                        SearchTerm.word("glemt"),
                        new SearchTerm(List.of("kode", "adgangskode"), true),
                        SearchTerm.word("til"),
                        new SearchTerm(List.of("e-Boks", "Digital Post", "mit.dk"), true));
    }

    @Test
    void matchesSynonymsCaseInsensitivelyAndInflectedButOnlyAsWholeWords() {
        assertThat(query.parse("nemid")).containsExactly(new SearchTerm(List.of("NemID", "MitID"), true));
        assertThat(query.parse("doktoren")).containsExactly(new SearchTerm(List.of("doktor", "læge"), true));
        assertThat(query.parse("minspejder")).containsExactly(SearchTerm.word("minspejder"));
    }

    @Test
    void expandsAOneWaySynonymOnlyFromItsPhrases() {
        assertThat(query.parse("adgangskode")).containsExactly(SearchTerm.word("adgangskode"));
        assertThat(query.parse("kode")).containsExactly(new SearchTerm(List.of("kode", "adgangskode"), true));
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

    private static Synonym group(List<String> phrases, List<String> alsoFinds) {
        return new Synonym(UUID.randomUUID(), phrases, alsoFinds, "test", Instant.EPOCH);
    }
}
