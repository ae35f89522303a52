package dk.ddh.hotline.support.phone;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A dialled number in E.164 form. Danish numbers are eight digits and may be written with or without {@code +45} or
 * {@code 0045} and with spaces; any other number must come with its country code ({@code +} or {@code 00}).
 */
public record PhoneNumber(String e164) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");
    private static final Pattern DANISH = Pattern.compile("(?:\\+45|0045)?([0-9]{8})");
    private static final Pattern INTERNATIONAL = Pattern.compile("(?:\\+|00)([1-9][0-9]{7,14})");

    public PhoneNumber {
        if (e164 == null || !e164.matches("\\+[1-9][0-9]{7,14}")) {
            throw new IllegalArgumentException("Not an E.164 number: " + e164);
        }
    }

    /** The normalised number, or empty when {@code dialled} is not a phone number. */
    public static Optional<PhoneNumber> parse(String dialled) {
        if (dialled == null) {
            return Optional.empty();
        }
        String compact = SEPARATORS.matcher(dialled.strip()).replaceAll("");
        var danish = DANISH.matcher(compact);
        if (danish.matches()) {
            return Optional.of(new PhoneNumber("+45" + danish.group(1)));
        }
        var international = INTERNATIONAL.matcher(compact);
        // +45 is Denmark, whose numbers all have eight digits: anything else after it is a typo.
        if (international.matches() && !international.group(1).startsWith("45")) {
            return Optional.of(new PhoneNumber("+" + international.group(1)));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return e164;
    }
}
