package dk.ddh.hotline.web.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.contracts.membership.LineScope;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallCardUnitTests {

    private static CallCard card(String line, LineScope scope) {
        return new CallCard(
                "c1",
                "PHONE",
                line,
                "1085",
                "Region Sjælland",
                scope,
                true,
                Instant.parse("2026-07-01T08:05:00Z"),
                false);
    }

    @Test
    void saysADanishNumberAsItIsSpokenAndKeepsOthersAsTheyAre() {
        assertThat(card("+4570101085", LineScope.HEALTH_APPS).lineLabel()).isEqualTo("70 10 10 85");
        assertThat(card("+46812345678", LineScope.GENERAL).lineLabel()).isEqualTo("+46812345678");
        assertThat(card(null, null).lineLabel()).isNull();
    }

    @Test
    void namesTheLinesScopeAndTheAnswerTimeInDanish() {
        assertThat(card("+4570101085", LineScope.HEALTH_APPS).scopeLabel()).isEqualTo("Sundhedsapps");
        assertThat(card("+4570700253", LineScope.GENERAL).scopeLabel()).isEqualTo("Generel digital hjælp");
        assertThat(card(null, null).scopeLabel()).isEqualTo("Ukendt linje");
        // 08:05 UTC is 10:05 in Copenhagen in summer.
        assertThat(card("+4570101085", LineScope.HEALTH_APPS).answeredLabel()).isEqualTo("10:05");
    }

    @Test
    void saysCallLogsRefusalsInDanishAtTheirField() {
        Map<String, String> danish = ContactController.danish(
                Map.of("notes", "must not contain a CPR number", "outcome", "must not be null"));
        assertThat(danish.get("notes")).contains("CPR-nummer").contains("bevaret");
        assertThat(danish.get("outcome")).isEqualTo("Vælg, hvordan kontakten endte.");
        assertThat(ContactController.danish(Map.of("notes", "size must be between 0 and 500"))
                        .get("notes"))
                .isEqualTo("Noterne må højst være 500 tegn.");
    }
}
