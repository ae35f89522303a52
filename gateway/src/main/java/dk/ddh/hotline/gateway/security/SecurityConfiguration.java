package dk.ddh.hotline.gateway.security;

import dk.ddh.hotline.gateway.edge.EdgeProperties;
import dk.ddh.hotline.gateway.problem.ProblemResponses;
import dk.ddh.hotline.gateway.routing.BackendServices;
import dk.ddh.hotline.webrules.text.PrintableText;
import dk.ddh.hotline.webrules.token.VerifiedTokens;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.HeaderSpec.HstsSpec;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.StaticServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Partner systems and scripts: the gateway validates bearer tokens itself (issuer and audience, configured under
 * {@code spring.security.oauth2.resourceserver.jwt}) and passes the Authorization header on unchanged, so every
 * service validates the same token again. This chain takes every request with a bearer token and every public path;
 * browsers, which never hold a token, are {@link BrowserLoginConfiguration}'s.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    /** Reachable without a token: health probes, metrics scraping, API documentation. */
    private static final List<String> ALWAYS_PUBLIC = List.of(
            "/actuator/health/**",
            "/actuator/info",
            "/actuator/prometheus",
            "/swagger-ui.html",
            "/swagger-ui/**",
            "/webjars/**",
            "/v3/api-docs/**",
            "/api/*/v3/api-docs");

    /**
     * TLS ends in front of the gateway, so the request scheme here is http and Spring Security's own HSTS writer
     * would stay silent; browsers ignore the header on plain http anyway.
     */
    private static final String HSTS = "max-age=31536000; includeSubDomains";

    /** Wraps the token decoder so that each distinct token is verified once while valid. */
    @Bean
    static BeanPostProcessor verifiedTokens() {
        return VerifiedTokens.forEveryDecoder();
    }

    /**
     * Spring Security's firewall refuses paths and headers that could be read differently behind the gateway (an
     * encoded {@code ;}, {@code /} or {@code %}, a NUL, {@code ..}); by default with an empty 400, here as a problem
     * naming what it found. Its character rule for headers and parameters is checked without a regular expression, as
     * in the services ({@link PrintableText}, ADR 7).
     */
    @Bean
    ServerWebExchangeFirewall strictFirewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        PrintableText printable = new PrintableText();
        firewall.setAllowedHeaderNames(printable);
        firewall.setAllowedHeaderValues(printable);
        firewall.setAllowedParameterNames(printable);
        firewall.setAllowedParameterValues(printable);
        return firewall;
    }

    @Bean
    ServerExchangeRejectedHandler rejectedRequestProblems(ProblemResponses problems) {
        return (exchange, rejection) -> problems.write(
                exchange, HttpStatus.BAD_REQUEST, "rejected-request", "Bad Request", rejection.getMessage());
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain gatewaySecurity(
            ServerHttpSecurity http,
            BackendServices backends,
            EdgeProperties edge,
            ProblemAuthenticationEntryPoint authenticationEntryPoint,
            ProblemAccessDeniedHandler accessDeniedHandler) {
        String[] publicPaths = Stream.concat(ALWAYS_PUBLIC.stream(), backends.publicPaths().stream())
                .toArray(String[]::new);
        return edgeHeaders(http, edge)
                .securityMatcher(new OrServerWebExchangeMatcher(
                        SecurityConfiguration::withBearerToken, ServerWebExchangeMatchers.pathMatchers(publicPaths)))
                // Bearer tokens only: nothing for CSRF to protect and no session to keep.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(publicPaths)
                        .permitAll()
                        .anyExchange()
                        .authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(authenticationEntryPoint)
                        .accessDeniedHandler(accessDeniedHandler))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(authenticationEntryPoint)
                        .accessDeniedHandler(accessDeniedHandler))
                .build();
    }

    private static Mono<MatchResult> withBearerToken(ServerWebExchange exchange) {
        return BearerToken.isIn(exchange) ? MatchResult.match() : MatchResult.notMatch();
    }

    /** The headers every answer of the gateway carries, to partners and browsers alike. */
    static ServerHttpSecurity edgeHeaders(ServerHttpSecurity http, EdgeProperties edge) {
        return http.cors(Customizer.withDefaults())
                .headers(headers -> headers.hsts(HstsSpec::disable)
                        .writer(StaticServerHttpHeadersWriter.builder()
                                .header("Strict-Transport-Security", HSTS)
                                .build())
                        .frameOptions(frame -> frame.mode(Mode.DENY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(edge.contentSecurityPolicy())));
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(EdgeProperties edge) {
        var cors = new CorsConfiguration();
        cors.setAllowedOrigins(edge.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "X-Request-Id"));
        cors.setExposedHeaders(List.of("Location", "Retry-After", "X-RateLimit-Remaining", "X-Request-Id"));
        cors.setAllowCredentials(true);
        cors.setMaxAge(Duration.ofHours(1));
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
