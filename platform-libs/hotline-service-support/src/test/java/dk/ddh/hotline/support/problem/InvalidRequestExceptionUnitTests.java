package dk.ddh.hotline.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidRequestExceptionUnitTests {

    @Test
    void aRefusedPartNamesItsFieldsFromTheRootOfTheRequest() {
        InvalidRequestException refused = new InvalidRequestException(
                "validation-failed", "Too early", InvalidRequestException.fieldError("at", "must not be before 09:00"));

        InvalidRequestException withinBatch = refused.within("events[3].event");

        assertThat(withinBatch.status()).isEqualTo(refused.status());
        assertThat(withinBatch.slug()).isEqualTo("validation-failed");
        assertThat(withinBatch.getMessage()).contains("Too early", "events[3].event");
        assertThat(withinBatch.properties())
                .containsEntry(
                        "errors",
                        List.of(Map.of("field", "events[3].event.at", "message", "must not be before 09:00")));
    }
}
