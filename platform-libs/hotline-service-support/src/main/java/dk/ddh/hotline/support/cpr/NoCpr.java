package dk.ddh.hotline.support.cpr;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The text must not contain a CPR-like number (see {@link CprGuard}). */
@Documented
@Constraint(validatedBy = NoCprValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoCpr {

    String message() default "must not contain a CPR number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
