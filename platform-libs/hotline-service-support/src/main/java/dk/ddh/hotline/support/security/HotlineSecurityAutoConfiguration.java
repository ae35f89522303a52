package dk.ddh.hotline.support.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is a stateless JWT resource server: issuer, signature, expiry and audience checked (see the defaults in
 * {@code hotline-service-defaults.properties}), the {@code roles} claim mapped to {@code ROLE_*} authorities, probes and
 * API documents open, and the service's own public paths ({@code hotline.security.public-paths}, e.g. a citizens' read
 * API), everything else authenticated, and refusals as problem+json.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"
        })
@EnableMethodSecurity
public class HotlineSecurityAutoConfiguration {

    /** Wraps the resource server's token decoder so that each distinct token is verified once while valid. */
    @Bean
    static BeanPostProcessor verifiedTokens() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)) {
                    return new VerifiedTokens(decoder, Clock.systemUTC(), 10_000, Duration.ofMinutes(10));
                }
                return bean;
            }
        };
    }

    /** Spring Security's strict firewall with the same character rule, checked without a regular expression. */
    @Bean
    WebSecurityCustomizer strictFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        PrintableText printable = new PrintableText();
        firewall.setAllowedHeaderNames(printable);
        firewall.setAllowedHeaderValues(printable);
        firewall.setAllowedParameterNames(printable);
        firewall.setAllowedParameterValues(printable);
        return web -> web.httpFirewall(firewall);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain hotlineSecurityFilterChain(HttpSecurity http, JsonMapper json, Environment environment)
            throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        String[] publicPaths = PublicPaths.of(environment).patterns();
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(publicPaths)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
