package dk.ddh.hotline.support.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonUnitTests {

    enum Kind {
        CALL,
        CHAT
    }

    record Note(String text, Kind kind, Integer minutes, long calls, LocalDate day, Instant at, List<Part> parts) {}

    record Part(String text, List<String> tags) {}

    private final JsonMapper json = strictMapper();

    @Test
    void readsWhatIsValid() {
        Note note = json.readValue("""
                {"text": "Søren Ærø\\nlinje to\\tfane", "kind": "CHAT", "minutes": 12, "calls": 9000000000,
                 "day": "2026-03-01", "at": "2099-12-31T23:59:59Z", "parts": [{"text": "a", "tags": ["MitID"]}]}""", Note.class);

        assertThat(note.text()).isEqualTo("Søren Ærø\nlinje to\tfane");
        assertThat(note.kind()).isEqualTo(Kind.CHAT);
        assertThat(note.calls()).isEqualTo(9_000_000_000L);
        assertThat(note.at()).isEqualTo(Instant.parse("2099-12-31T23:59:59Z"));
        assertThat(note.parts().get(0).tags()).containsExactly("MitID");
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            {"text": "nul\\u0000"}                                   | text              | must not contain the control character U+0000 (at 3)
            {"text": "bell\\u0007"}                                  | text              | must not contain the control character U+0007
            {"text": "delete\\u007f"}                                | text              | must not contain the control character U+007F
            {"parts": [{"text": "ok"}, {"text": "c1\\u0085"}]}       | parts[1].text     | must not contain the control character U+0085
            {"parts": [{"tags": ["ok", "esc\\u001b"]}]}              | parts[0].tags[1]  | must not contain the control character U+001B
            {"kind": 1}                                              | kind              | must be one of [CALL, CHAT]
            {"kind": "1"}                                            | kind              | must be one of [CALL, CHAT]
            {"kind": "chat"}                                         | kind              | must be one of [CALL, CHAT]
            {"kind": " CHAT"}                                        | kind              | must be one of [CALL, CHAT]
            {"kind": "CHAT\\u0000"}                                  | kind              | must be one of [CALL, CHAT]
            {"kind": true}                                           | kind              | must be one of [CALL, CHAT]
            {"minutes": 2147483648}                                  | minutes           | must be a whole number from -2147483648 to 2147483647
            {"minutes": 9223372036854775808}                         | minutes           | must be a whole number from -2147483648 to 2147483647
            {"calls": 9223372036854775808}                           | calls             | must be a whole number from -9223372036854775808 to 9223372036854775807
            {"minutes": "12"}                                        | minutes           | must be a whole number
            {"text": 12}                                             | text              | must be a valid String
            {"day": "+10000000-01-01"}                               | day               | must be between 2000-01-01 and 2099-12-31
            {"day": "-999999999-01-01"}                              | day               | must be between 2000-01-01 and 2099-12-31
            {"day": "1999-12-31"}                                    | day               | must be between 2000-01-01 and 2099-12-31
            {"at": "2100-01-01T00:00:00Z"}                           | at                | must be between 2000-01-01 and 2099-12-31
            {"at": "+1000000000-12-31T23:59:59Z"}                    | at                | must be between 2000-01-01 and 2099-12-31
            """)
    void refusesNamingTheFieldAndWhy(String body, String field, String reason) {
        assertThatThrownBy(() -> json.readValue(body, Note.class)).isInstanceOfSatisfying(JacksonException.class, e -> {
            assertThat(FieldErrors.path(e)).isEqualTo(field);
            assertThat(FieldErrors.reason(e)).startsWith(reason);
        });
    }

    static JsonMapper strictMapper() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJsonAutoConfiguration().strictJson().customize(builder);
        return builder.build();
    }
}
