package dk.ddh.hotline.support.member;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The id of a member: its official code, a municipality's three digits ({@code 253} Greve) or a region's four ({@code
 * 1085} Region Sjælland). Every service validates member ids by this one rule; null is left to {@code @NotNull}.
 */
@Documented
@Pattern(regexp = MemberCode.PATTERN)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE,
    ElementType.METHOD,
    ElementType.ANNOTATION_TYPE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface MemberCode {

    /** A member code as a regular expression. */
    String PATTERN = "[0-9]{3,4}";

    String message() default "must be an official municipality or region code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
