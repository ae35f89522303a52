package dk.ddh.hotline.guides.web;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The support library's resource-server chain plus the public read API for citizens ({@value #PUBLIC_API}), which needs
 * no token. Declaring a chain switches the library's default off, so this one keeps its rules: JWT settings come from
 * the same properties, and refusals are rendered by the library's problem handler. The README proposes a library
 * property for public paths that would make this class unnecessary.
 */
@Configuration
class SecurityConfiguration {

    static final String PUBLIC_API = "/api/guides/v1/public/**";

    @Bean
    SecurityFilterChain guidesSecurityFilterChain(
            HttpSecurity http, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems)
            throws Exception {
        AuthenticationEntryPoint unauthorized = unauthorized(problems);
        AccessDeniedHandler forbidden = (request, response, e) -> problems.resolveException(request, response, null, e);
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                PUBLIC_API,
                                "/actuator/health/**",
                                "/actuator/info",
                                "/actuator/prometheus",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html",
                                "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** RFC 6750's {@code WWW-Authenticate} header, then the problem+json body of the library's handler. */
    private static AuthenticationEntryPoint unauthorized(HandlerExceptionResolver problems) {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, e) -> {
            bearer.commence(request, response, e);
            problems.resolveException(request, response, null, e);
        };
    }
}
