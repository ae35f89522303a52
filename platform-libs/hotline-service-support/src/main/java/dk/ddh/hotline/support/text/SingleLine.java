package dk.ddh.hotline.support.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text of one line: a name or a title, shown in lists, headings and CSV cells, where a line break or a tab would
 * break the layout or forge a line. Texts of several lines (a guide's body, notes, comments) do without it.
 */
@Documented
@Constraint(validatedBy = SingleLineValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

    String message() default "must be one line, without line breaks or tabs";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
