package dk.ddh.hotline.support.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SingleLineUnitTests {

    private final SingleLineValidator validator = new SingleLineValidator();

    @ParameterizedTest
    @ValueSource(strings = {"Greve Kommune", "Region Sjælland – sundhedsapps", "MitID: glemt kode (app)", ""})
    void acceptsTextsOfOneLine(String text) {
        assertThat(validator.isValid(text, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Greve\nKommune", "Greve\r\n", "Greve\tKommune", "Greve\u2028Kommune", "Greve\u0085"})
    void refusesLineBreaksAndTabs(String text) {
        assertThat(validator.isValid(text, null)).isFalse();
    }

    @Test
    void leavesAnAbsentTextToOtherConstraints() {
        assertThat(validator.isValid(null, null)).isTrue();
    }
}
