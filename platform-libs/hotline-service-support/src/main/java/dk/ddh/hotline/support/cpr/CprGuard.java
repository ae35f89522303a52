package dk.ddh.hotline.support.cpr;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds CPR-like numbers in free text: {@code DDMMYY-SSSS}, {@code DDMMYY SSSS} or ten digits in a row, whose first six
 * digits are a real date (the century taken from the seventh digit as the CPR office assigns it). The modulus 11 check
 * is deliberately not used: numbers issued since 2007 need not satisfy it.
 */
public final class CprGuard {

    private static final Pattern CANDIDATE =
            Pattern.compile("(?<![\\d-])(\\d{2})(\\d{2})(\\d{2})[- ]?(\\d)(\\d{3})(?![\\d])");

    private CprGuard() {}

    public static boolean containsCpr(CharSequence text) {
        if (text == null) {
            return false;
        }
        Matcher matcher = CANDIDATE.matcher(text);
        while (matcher.find()) {
            if (isCpr(matcher)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCpr(Matcher match) {
        int day = Integer.parseInt(match.group(1));
        int month = Integer.parseInt(match.group(2));
        int yearInCentury = Integer.parseInt(match.group(3));
        int seventhDigit = Integer.parseInt(match.group(4));
        try {
            LocalDate.of(century(seventhDigit, yearInCentury) + yearInCentury, month, day);
            return true;
        } catch (DateTimeException notADate) {
            return false;
        }
    }

    /** The CPR office's rule: the seventh digit and the year together give the century of birth. */
    private static int century(int seventhDigit, int yearInCentury) {
        if (seventhDigit <= 3) {
            return 1900;
        }
        if (seventhDigit == 4 || seventhDigit == 9) {
            return yearInCentury <= 36 ? 2000 : 1900;
        }
        return yearInCentury <= 57 ? 2000 : 1800;
    }
}
