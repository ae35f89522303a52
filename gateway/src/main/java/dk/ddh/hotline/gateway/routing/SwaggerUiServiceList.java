package dk.ddh.hotline.gateway.routing;

import java.util.LinkedHashSet;
import org.springdoc.core.properties.AbstractSwaggerUiConfigProperties.SwaggerUrl;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** Lists every routed service's OpenAPI document in the gateway's Swagger UI. */
@Component
class SwaggerUiServiceList implements InitializingBean {

    private final SwaggerUiConfigProperties swaggerUi;
    private final BackendServices backends;

    SwaggerUiServiceList(SwaggerUiConfigProperties swaggerUi, BackendServices backends) {
        this.swaggerUi = swaggerUi;
        this.backends = backends;
    }

    @Override
    public void afterPropertiesSet() {
        var urls = new LinkedHashSet<SwaggerUrl>();
        backends.services()
                .keySet()
                .forEach(name -> urls.add(new SwaggerUrl(name, "/api/" + name + "/v3/api-docs", name)));
        if (swaggerUi.getUrls() != null) {
            urls.addAll(swaggerUi.getUrls());
        }
        swaggerUi.setUrls(urls);
    }
}
