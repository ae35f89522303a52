package dk.ddh.hotline.support.idempotency;

import dk.ddh.hotline.support.problem.ProblemWriter;
import dk.ddh.hotline.support.security.PublicPaths;
import java.time.Clock;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on every write of a service with a database ({@link IdempotentRequestFilter}); its table
 * comes with the support library's migrations.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.jdbc.core.simple.JdbcClient")
@ConditionalOnBean(type = "org.springframework.jdbc.core.simple.JdbcClient")
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    /** After the security filters (the caller is known), before the dispatcher. */
    static final int FILTER_ORDER = 0;

    @Bean
    StoredResponses idempotencyStoredResponses(
            JdbcClient jdbc, ObjectProvider<Clock> clock, IdempotencyProperties properties) {
        return new StoredResponses(jdbc, clock.getIfAvailable(Clock::systemUTC), properties.retention());
    }

    @Bean
    FilterRegistrationBean<IdempotentRequestFilter> idempotentRequestFilter(
            StoredResponses stored, TransactionTemplate transaction, JsonMapper json) {
        FilterRegistrationBean<IdempotentRequestFilter> registration =
                new FilterRegistrationBean<>(new IdempotentRequestFilter(stored, transaction, new ProblemWriter(json)));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    @Bean
    OpenApiCustomizer hotlineIdempotencyKeyDocs(Environment environment) {
        return new IdempotencyKeyDocs(PublicPaths.of(environment));
    }
}
