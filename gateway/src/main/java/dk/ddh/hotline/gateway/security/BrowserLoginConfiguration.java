package dk.ddh.hotline.gateway.security;

import dk.ddh.hotline.gateway.edge.EdgeProperties;
import dk.ddh.hotline.gateway.problem.ProblemResponses;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.MediaTypeServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The gateway as the browsers' backend for frontend: it logs a person in with OpenID Connect (authorization code with
 * PKCE, registration {@code hotline}), keeps the tokens in the server-side session (Spring Session in Redis, so a
 * restart or another replica keeps it), relays the access token to the consoles and the services, and logs out at the
 * identity provider too. The browser holds only the session cookie; every write carries the CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class BrowserLoginConfiguration {

    static final String REGISTRATION = "hotline";

    /** Needs no login: the page the identity provider returns to after logout, and what that page loads. */
    private static final List<String> PUBLIC = List.of("/konsol/logget-ud", "/konsol/assets/**", "/konsol/webjars/**");

    @Bean
    @Order(2)
    SecurityWebFilterChain browserSecurity(
            ServerHttpSecurity http,
            EdgeProperties edge,
            ReactiveClientRegistrationRepository registrations,
            ProblemAuthenticationEntryPoint unauthorized,
            ProblemAccessDeniedHandler forbidden,
            ProblemResponses problems) {
        var withPkce = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        var logoutAtIssuer = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        logoutAtIssuer.setPostLogoutRedirectUri("{baseUrl}/konsol/logget-ud");
        // A page's own requests (htmx, event streams, API calls) get 401 when the session has ended; only a
        // navigation is sent to the login.
        var entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegateEntry(BrowserLoginConfiguration::notNavigation, unauthorized));
        entryPoint.setDefaultEntryPoint(
                new RedirectServerAuthenticationEntryPoint("/oauth2/authorization/" + REGISTRATION));
        var csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        return SecurityConfiguration.edgeHeaders(http, edge)
                .oauth2Login(login -> login.authorizationRequestResolver(withPkce))
                .logout(logout -> logout.logoutSuccessHandler(logoutAtIssuer))
                // The page's script reads the token from the cookie and sends it as X-XSRF-TOKEN (or _csrf).
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .accessDeniedHandler(csrfRefused(problems)))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(PUBLIC.toArray(String[]::new))
                        .permitAll()
                        .anyExchange()
                        .authenticated())
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(forbidden))
                .build();
    }

    /** The tokens of a logged-in person live in their session, not in the gateway's memory. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    private static Mono<MatchResult> notNavigation(ServerWebExchange exchange) {
        return NOT_NAVIGATION.matches(exchange);
    }

    private static final ServerWebExchangeMatcher NOT_NAVIGATION = new OrServerWebExchangeMatcher(
            ServerWebExchangeMatchers.pathMatchers("/api/**"),
            exchange -> exchange.getRequest().getHeaders().containsHeader("HX-Request")
                    ? MatchResult.match()
                    : MatchResult.notMatch(),
            exchange ->
                    "XMLHttpRequest".equals(exchange.getRequest().getHeaders().getFirst("X-Requested-With"))
                            ? MatchResult.match()
                            : MatchResult.notMatch(),
            eventStream());

    private static ServerWebExchangeMatcher eventStream() {
        var matcher = new MediaTypeServerWebExchangeMatcher(MediaType.TEXT_EVENT_STREAM);
        matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return matcher;
    }

    private static ServerAccessDeniedHandler csrfRefused(ProblemResponses problems) {
        return (exchange, denied) -> problems.write(
                exchange,
                HttpStatus.FORBIDDEN,
                "csrf-token-invalid",
                "Forbidden",
                "A write from the browser needs the session's CSRF token (header X-XSRF-TOKEN or field _csrf).");
    }
}
