package dk.ddh.hotline.support.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.format.support.DefaultFormattingConversionService;

class PlausibleTimeParametersUnitTests {

    /** As Spring MVC sets it up: its own converters first, then the ones a service adds. */
    private final DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();

    {
        conversions.addConverter(new PlausibleTimeParameters());
    }

    @Test
    void readsIsoDatesMonthsAndInstantsInsideTheWindow() {
        assertThat(conversions.convert("2026-01-31", LocalDate.class)).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(conversions.convert("2026-01", YearMonth.class)).isEqualTo(YearMonth.of(2026, 1));
        assertThat(conversions.convert("2099-12-31T23:59:59Z", Instant.class))
                .isEqualTo(Instant.parse("2099-12-31T23:59:59Z"));
    }

    @Test
    void readsAnEmptyParameterAsAbsent() {
        assertThat(conversions.convert("", LocalDate.class)).isNull();
    }

    @Test
    void refusesDatesOutsideTheWindow() {
        assertThatThrownBy(() -> conversions.convert("+10000000-01-01", LocalDate.class))
                .isInstanceOf(ConversionFailedException.class)
                .hasRootCauseMessage(PlausibleTime.REASON);
        assertThatThrownBy(() -> conversions.convert("1999-12", YearMonth.class))
                .isInstanceOf(ConversionFailedException.class);
        assertThatThrownBy(() -> conversions.convert("1970-01-01T00:00:00Z", Instant.class))
                .isInstanceOf(ConversionFailedException.class);
    }

    @Test
    void refusesWhatIsNoIsoDate() {
        assertThatThrownBy(() -> conversions.convert("31.01.2026", LocalDate.class))
                .isInstanceOf(ConversionFailedException.class);
    }
}
