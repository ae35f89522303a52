package dk.ddh.hotline.support.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link SingleLine}: no control character (line feed, carriage return, tab, ...) and no line separator. */
public class SingleLineValidator implements ConstraintValidator<SingleLine, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null
                || value.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }
}
