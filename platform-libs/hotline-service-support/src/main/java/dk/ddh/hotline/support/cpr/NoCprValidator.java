package dk.ddh.hotline.support.cpr;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link NoCpr}. */
public class NoCprValidator implements ConstraintValidator<NoCpr, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return !CprGuard.containsCpr(value);
    }
}
