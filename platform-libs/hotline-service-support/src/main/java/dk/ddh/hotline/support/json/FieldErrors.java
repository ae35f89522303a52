package dk.ddh.hotline.support.json;

import java.util.Arrays;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Names the field of a request body that JSON reading refused, and why, in the client's terms. */
public final class FieldErrors {

    private FieldErrors() {}

    /**
     * Whether the refusal concerns one field (a value of the wrong type, out of range or refused by {@link
     * StrictJsonModule}), not the JSON as a whole.
     */
    public static boolean namesAField(JacksonException e) {
        return (e instanceof MismatchedInputException || e instanceof InputCoercionException)
                && !e.getPath().isEmpty();
    }

    /** The field's path from the body's root, e.g. {@code events[3].event.at}. */
    public static String path(JacksonException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    public static String reason(JacksonException e) {
        if (e instanceof RefusedValueException refused) {
            return refused.reason();
        }
        Class<?> target = e instanceof InputCoercionException coercion
                ? coercion.getTargetType()
                : e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == int.class || target == Integer.class) {
            return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (target == long.class || target == Long.class) {
            return "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (target != null && target.isEnum()) {
            return "must be one of " + Arrays.toString(target.getEnumConstants());
        }
        return target == null ? "has an invalid value" : "must be a valid " + target.getSimpleName();
    }
}
