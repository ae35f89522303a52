package dk.ddh.hotline.support.cpr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CprGuardUnitTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Borgeren har CPR 010203-1234",
                "cpr: 0102031234 oplyst",
                "311299 4321 står på kortet",
                "290200-4000", // 29 February 2000: the seventh digit 4 puts 00 in 2000, a leap year
                "150787-5555", // modulus 11 fails; still a CPR number since 2007
                "(0102031234)"
            })
    void findsCprLikeNumbersWithARealDate(String text) {
        assertThat(CprGuard.containsCpr(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ring på 70 20 30 40",
                "+4570203040",
                "320199-1234", // day 32
                "011399-1234", // month 13
                "290201-1234", // 29 February 1901 is no date
                "Sagsnummer 12345678901",
                "ordre 99-0102031234",
                "MitID virker ikke efter opdatering"
            })
    void leavesOtherNumbersAlone(String text) {
        assertThat(CprGuard.containsCpr(text)).isFalse();
    }

    @Test
    void findsACprNumberAmongOtherNumbers() {
        assertThat(CprGuard.containsCpr("Sag 320199-1234, ring 70203040, borgeren er 010203-1234"))
                .isTrue();
    }

    @Test
    void treatsNullAsNoText() {
        assertThat(CprGuard.containsCpr(null)).isFalse();
    }
}
