package dk.ddh.hotline.guides.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Against the Danish dictionary the service ships with. */
class CompoundSplitterUnitTests {

    private final CompoundSplitter splitter = new CompoundSplitter(DanishDictionary.at("classpath:dictionaries/da_DK"));

    @Test
    void splitsCompoundsIntoDictionaryWords() {
        assertThat(splitter.parts("lægetid")).containsExactly("læge", "tid");
        assertThat(splitter.parts("hospitalsaftale")).containsExactly("hospitals", "aftale");
        assertThat(splitter.parts("sundhedsapp")).containsExactly("sundheds", "app");
        assertThat(splitter.parts("parkeringstilladelse")).containsExactly("parkerings", "tilladelse");
        assertThat(splitter.parts("blodprøvesvar")).contains("blod", "blodprøve", "svar");
        assertThat(splitter.parts("adgangskode")).containsExactly("adgangs", "kode");
    }

    @Test
    void leavesOtherWordsWhole() {
        assertThat(splitter.parts("flytning")).isEmpty();
        assertThat(splitter.parts("mitid")).isEmpty();
        assertThat(splitter.parts("tid")).isEmpty();
        assertThat(splitter.parts("1813")).isEmpty();
    }
}
