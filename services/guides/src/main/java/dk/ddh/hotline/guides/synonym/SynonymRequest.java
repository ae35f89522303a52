package dk.ddh.hotline.guides.synonym;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A synonym group: phrases that find each other, and optionally what they also find one way.
 *
 * @param alsoFinds phrases a query naming one of {@code phrases} also finds (not the other way round)
 */
record SynonymRequest(
        @NotEmpty @Size(max = 20)
        List<@NotBlank @Size(max = 60) @Pattern(regexp = WORDLY, message = WORDLY_MESSAGE) String> phrases,

        @Size(max = 20)
        List<@NotBlank @Size(max = 60) @Pattern(regexp = WORDLY, message = WORDLY_MESSAGE) String> alsoFinds) {

    static final String WORDLY = "(?s).*[\\p{L}\\p{N}].*";
    static final String WORDLY_MESSAGE = "must contain a letter or digit";

    List<String> alsoFindsOrNone() {
        return alsoFinds == null ? List.of() : alsoFinds;
    }
}
