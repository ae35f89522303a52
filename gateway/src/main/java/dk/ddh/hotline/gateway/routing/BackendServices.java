package dk.ddh.hotline.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The services behind the gateway, keyed by the name in their path ({@code /api/<name>/**}). Adding a service is one
 * entry under {@code hotline.gateway.services}.
 *
 * @param services every routed service
 * @param timeout the longest a call to a service may take, retries included, before the gateway answers 504
 */
@ConfigurationProperties("hotline.gateway")
public record BackendServices(
        Map<String, Service> services, @DefaultValue("10s") Duration timeout) {

    public BackendServices {
        services = services == null ? Map.of() : new TreeMap<>(services);
    }

    /**
     * @param uri where the service listens, e.g. {@code http://localhost:8081}
     * @param publicPaths path patterns under {@code /api/<name>/} that need no token, e.g. {@code
     *     /api/guides/v1/public/**}
     */
    public record Service(URI uri, @DefaultValue List<String> publicPaths) {}

    public List<String> publicPaths() {
        return services.values().stream()
                .flatMap(service -> service.publicPaths().stream())
                .toList();
    }
}
