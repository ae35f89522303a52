package dk.ddh.hotline.webrules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrintableTextUnitTests {

    /** The rule of Spring Security's {@code StrictHttpFirewall}, as its regular expression. */
    private static final Pattern FIREWALL_RULE = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    private final PrintableText printable = new PrintableText();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwYXJ0bmVyIn0.c2lnbmF0dXJl",
                "application/json; charset=utf-8",
                "Søren Ærø, Åbenrå",
                "emoji \uD83D\uDCDE and non-breaking\u00A0space",
                ""
            })
    void acceptsWhatTheFirewallAccepts(String text) {
        assertThat(printable.test(text)).isTrue();
        assertThat(FIREWALL_RULE.matcher(text).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "tab\there", "nul\u0000", "delete\u007F", "c1\u0085", "unassigned\u0378"})
    void refusesWhatTheFirewallRefuses(String text) {
        assertThat(printable.test(text)).isFalse();
        assertThat(FIREWALL_RULE.matcher(text).matches()).isFalse();
    }

    @Test
    void noTextIsNothingToRefuse() {
        assertThat(printable.test(null)).isTrue();
    }

    @Test
    void agreesWithTheFirewallOnEveryCharacterOfTheBasicMultilingualPlane() {
        assertThat(IntStream.range(0, 0x10000).filter(c -> !Character.isSurrogate((char) c)))
                .allSatisfy(c -> {
                    String text = "a" + Character.toString(c) + "b";
                    assertThat(printable.test(text))
                            .as("U+%04X", c)
                            .isEqualTo(FIREWALL_RULE.matcher(text).matches());
                });
    }
}
