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
 * @param contentSecurityPolicy the policy sent on every response (application.yml: lets Swagger UI and the consoles
 *     work, forms post to the identity provider for logout)
 */
@ConfigurationProperties("hotline.gateway")
public record EdgeProperties(
        @DefaultValue("1MB") DataSize maxRequestSize,

        @DefaultValue({"http://localhost:5173", "http://localhost:8080"})
        List<String> allowedOrigins,

        String contentSecurityPolicy) {}
