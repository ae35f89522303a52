package dk.ddh.hotline.support.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Reads every date and time a request carries outside its body (query parameters, path segments) in ISO 8601 and only
 * inside {@link PlausibleTime}'s window, as the body's dates are read. Registered after Spring's own converters, it
 * takes their place for these types, with or without {@code @DateTimeFormat}; a refused value is a 400 naming the
 * parameter ({@code ProblemHandler}).
 */
final class PlausibleTimeParameters implements GenericConverter {

    private static final Map<Class<?>, Function<String, Object>> PARSERS = Map.of(
            LocalDate.class, LocalDate::parse,
            YearMonth.class, YearMonth::parse,
            Instant.class, Instant::parse,
            OffsetDateTime.class, OffsetDateTime::parse,
            ZonedDateTime.class, ZonedDateTime::parse,
            LocalDateTime.class, LocalDateTime::parse);

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return PARSERS.keySet().stream()
                .map(type -> new ConvertiblePair(String.class, type))
                .collect(Collectors.toSet());
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        String text = ((String) source).strip();
        if (text.isEmpty()) {
            return null; // as Spring's own formatters: an empty parameter is an absent one
        }
        Object value = PARSERS.get(targetType.getType()).apply(text);
        if (!PlausibleTime.isPlausible(value)) {
            throw new IllegalArgumentException(PlausibleTime.REASON);
        }
        return value;
    }
}
