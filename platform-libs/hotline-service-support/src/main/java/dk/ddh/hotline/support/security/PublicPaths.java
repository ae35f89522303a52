package dk.ddh.hotline.support.security;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The paths open without a token: probes, metrics and API documents, and the service's own ({@code
 * hotline.security.public-paths}, e.g. a citizens' read API). The security filter chain opens them and the API document
 * says so.
 */
public final class PublicPaths {

    /** Probes, metrics and API documents; a service adds its own in {@code hotline.security.public-paths}. */
    private static final List<String> ALWAYS_PUBLIC = List.of(
            "/actuator/health/**",
            "/actuator/info",
            "/actuator/prometheus",
            "/v3/api-docs/**",
            "/swagger-ui/**",
            "/swagger-ui.html",
            "/error");

    private final List<String> patterns;
    private final List<PathPattern> parsed;

    private PublicPaths(List<String> patterns) {
        this.patterns = patterns;
        this.parsed =
                patterns.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    public static PublicPaths of(Environment environment) {
        List<String> servicePublicPaths = Binder.get(environment)
                .bind("hotline.security.public-paths", Bindable.listOf(String.class))
                .orElse(List.of());
        return new PublicPaths(Stream.concat(ALWAYS_PUBLIC.stream(), servicePublicPaths.stream())
                .toList());
    }

    String[] patterns() {
        return patterns.toArray(String[]::new);
    }

    /** Whether a path, possibly a template such as {@code /public/guides/{guideId}}, is open without a token. */
    public boolean contains(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return parsed.stream().anyMatch(pattern -> pattern.matches(container));
    }
}
