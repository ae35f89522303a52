package dk.ddh.hotline.gateway.routing;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web consoles' app, which serves everything below {@code /konsol} (and {@code /}, which leads there) to logged-in
 * browsers.
 *
 * @param uri where the app listens, e.g. {@code http://localhost:8090}
 */
@ConfigurationProperties("hotline.gateway.web")
public record WebConsole(
        @DefaultValue("http://localhost:8090") URI uri) {}
