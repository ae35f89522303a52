package dk.ddh.hotline.support.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberUnitTests {

    @ParameterizedTest
    @ValueSource(strings = {"70701234", "70 70 12 34", "+4570701234", "+45 70 70 12 34", "004570701234", " 7070-1234 "})
    void normalisesDanishSpellingsToE164(String dialled) {
        assertThat(PhoneNumber.parse(dialled)).contains(new PhoneNumber("+4570701234"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+46 8 123 456 78", "0046812345678"})
    void acceptsForeignNumbersWithCountryCode(String dialled) {
        assertThat(PhoneNumber.parse(dialled)).contains(new PhoneNumber("+46812345678"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567", "123456789", "+45 7070 123", "hotline", "+0123456789", "+1234567890123456"})
    void rejectsWhatIsNotANumber(String dialled) {
        assertThat(PhoneNumber.parse(dialled)).isEmpty();
    }
}
