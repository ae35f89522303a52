package dk.ddh.hotline.support.json;

import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * What every service reads from JSON, beyond its shape: texts without control characters (PostgreSQL refuses NUL, and
 * none belongs in a name or note; line breaks and tabs stay), enums only by their exact names (never by number, never
 * trimmed), dates and times inside {@link PlausibleTime}. A refusal is a {@link RefusedValueException} naming the field.
 */
public class StrictJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public StrictJsonModule() {
        super("hotline-strict-json");
        setDeserializerModifier(new Strict());
    }

    /** The index of the first control character other than line feed, carriage return and tab, or -1. */
    static int firstControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return i;
            }
        }
        return -1;
    }

    private static final class Strict extends ValueDeserializerModifier {

        private static final long serialVersionUID = 1L;

        @Override
        public ValueDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription.Supplier bean, ValueDeserializer<?> deserializer) {
            Class<?> type = bean.getBeanClass();
            if (type == String.class) {
                return new TextWithoutControls(deserializer);
            }
            if (PlausibleTime.covers(type)) {
                return new TimeInWindow(deserializer, type);
            }
            return deserializer;
        }

        @Override
        public ValueDeserializer<?> modifyEnumDeserializer(
                DeserializationConfig config,
                JavaType type,
                BeanDescription.Supplier bean,
                ValueDeserializer<?> deserializer) {
            return new ExactEnumName(deserializer, type.getRawClass());
        }
    }

    private static final class TextWithoutControls extends DelegatingDeserializer {

        TextWithoutControls(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new TextWithoutControls(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            if (value instanceof String text) {
                int at = firstControlCharacter(text);
                if (at >= 0) {
                    throw new RefusedValueException(
                            parser,
                            String.class,
                            String.format(
                                    "must not contain the control character U+%04X (at %d)",
                                    (int) text.charAt(at), at));
                }
            }
            return value;
        }
    }

    private static final class ExactEnumName extends DelegatingDeserializer {

        private final Class<?> type;
        private final List<String> names;

        ExactEnumName(ValueDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
            this.names = Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .toList();
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new ExactEnumName(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING) || !names.contains(parser.getString())) {
                throw new RefusedValueException(parser, type, "must be one of " + names);
            }
            return super.deserialize(parser, context);
        }
    }

    private static final class TimeInWindow extends DelegatingDeserializer {

        private final Class<?> type;

        TimeInWindow(ValueDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new TimeInWindow(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            if (!PlausibleTime.isPlausible(value)) {
                throw new RefusedValueException(parser, type, PlausibleTime.REASON);
            }
            return value;
        }
    }
}
