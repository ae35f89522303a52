package dk.ddh.hotline.gateway.edge;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What the gateway enforces on every request and response at the edge.
 *
 * @param maxRequestSize the largest request body passed on to a service; larger ones are refused with 413
 * @param allowedOrigins browser origins (the web frontends) allowed to call the API cross-origin
 * @param contentSecurityPolicy the policy sent on every response; the default lets Swagger UI work
 */
@ConfigurationProperties("hotline.gateway")
public record EdgeProperties(
        @DefaultValue("1MB") DataSize maxRequestSize,

        @DefaultValue({"http://localhost:5173", "http://localhost:8080"})
        List<String> allowedOrigins,

        @DefaultValue("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self'; font-src 'self'; object-src 'none'; frame-ancestors 'none'; "
                + "base-uri 'self'; form-action 'self'")
        String contentSecurityPolicy) {}
