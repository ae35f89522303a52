package dk.ddh.hotline.gateway.routing;

import dk.ddh.hotline.gateway.security.BearerToken;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory.RetryConfig;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * Builds three routes per configured service: its API under {@code /api/<name>/**}, passed on with path and headers
 * unchanged, once for requests with a bearer token (partners, scripts: the token passes unchanged) and once for
 * browsers (the logged-in person's access token is relayed, {@code TokenRelay}, refreshed when it expired, and the
 * session saved before the call); and its OpenAPI document, published as {@code /api/<name>/v3/api-docs}; and the
 * route of the web consoles.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutes {

    @Bean
    RouteLocator hotlineServiceRoutes(RouteLocatorBuilder builder, BackendServices backends, WebConsole web) {
        var routes = builder.routes();
        backends.services().forEach((name, service) -> {
            routes.route(
                    name + "-api-docs",
                    route -> route.order(-1)
                            .path("/api/" + name + "/v3/api-docs")
                            .filters(filters -> filters.setPath("/v3/api-docs").circuitBreaker(cb -> cb.setName(name)))
                            .uri(service.uri()));
            // A partner's request carries its token and has no session: nothing to relay, nothing to save (saving
            // would write an empty session to Redis on every request).
            routes.route(
                    name,
                    route -> route.path("/api/" + name + "/**")
                            .and()
                            .predicate(BearerToken::isIn)
                            .filters(filters -> filters.circuitBreaker(cb -> cb.setName(name))
                                    .retry(ServiceRoutes::retryIdempotentReads))
                            .uri(service.uri()));
            routes.route(
                    name + "-browser",
                    route -> route.path("/api/" + name + "/**")
                            .and()
                            .not(browser -> browser.predicate(BearerToken::isIn))
                            .filters(filters -> filters.tokenRelay()
                                    .saveSession()
                                    .circuitBreaker(cb -> cb.setName(name))
                                    .retry(ServiceRoutes::retryIdempotentReads))
                            .uri(service.uri()));
        });
        // No circuit breaker's time limit and no response timeout: the agent's live event stream stays open.
        routes.route(
                "web",
                route -> route.order(Ordered.LOWEST_PRECEDENCE)
                        .path("/", "/konsol", "/konsol/**")
                        .filters(filters ->
                                filters.tokenRelay().saveSession().retry(ServiceRoutes::retryIdempotentReads))
                        .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, -1)
                        .uri(web.uri()));
        return routes.build();
    }

    /** Only GETs are retried: a retried write could be applied twice. */
    private static void retryIdempotentReads(RetryConfig retry) {
        retry.setRetries(2)
                .setMethods(HttpMethod.GET)
                .setSeries()
                .setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE, HttpStatus.GATEWAY_TIMEOUT)
                .setBackoff(Duration.ofMillis(50), Duration.ofMillis(500), 2, true);
    }

    /**
     * The circuit breaker's time limit bounds a whole call, retries included (the library default of 1 s is too
     * short for real requests).
     */
    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceCircuitBreakers(BackendServices backends) {
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(CircuitBreakerConfig.ofDefaults())
                .timeLimiterConfig(TimeLimiterConfig.custom()
                        .timeoutDuration(backends.timeout())
                        .build())
                .build());
    }
}
