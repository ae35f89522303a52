package dk.ddh.hotline.support.apidocs;

import dk.ddh.hotline.support.security.PublicPaths;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The service's OpenAPI document as the gateway publishes it: named after the service, bearer tokens required, and
 * relative to the host it is fetched from, so Swagger UI on the gateway sends its calls through the gateway; every
 * operation with the problem responses it can give ({@link ProblemResponseDocs}).
 */
@AutoConfiguration
public class ApiDocsAutoConfiguration {

    private static final String BEARER = "bearer";

    @Bean
    @ConditionalOnMissingBean(OpenAPI.class)
    OpenAPI hotlineOpenApi(@Value("${spring.application.name}") String service) {
        return new OpenAPI()
                .info(new Info().title("Digital Hotline " + service + " API").version("v1"))
                .servers(List.of(new Server().url("/")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer hotlineProblemResponses(Environment environment) {
        return new ProblemResponseDocs(PublicPaths.of(environment));
    }
}
