package dk.ddh.hotline.web.api;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the services' public APIs answer. The consoles call them with the person's own token, so every wall is the
 * service's.
 *
 * @param services base URI per service name ({@code membership}, {@code guides}, {@code call-log})
 * @param timeout the longest one call may take before the page shows that the service does not answer
 */
@ConfigurationProperties("hotline.web")
public record ServiceApis(
        Map<String, URI> services, @DefaultValue("5s") Duration timeout) {

    public ServiceApis {
        services = services == null ? Map.of() : Map.copyOf(services);
    }

    URI of(String service) {
        URI uri = services.get(service);
        if (uri == null) {
            throw new IllegalStateException("No URI for service '" + service + "' under hotline.web.services");
        }
        return uri;
    }
}
