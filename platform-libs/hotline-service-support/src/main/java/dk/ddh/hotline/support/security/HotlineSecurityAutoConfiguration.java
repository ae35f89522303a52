package dk.ddh.hotline.support.security;

import dk.ddh.hotline.support.problem.ProblemWriter;
import dk.ddh.hotline.support.problem.Problems;
import dk.ddh.hotline.webrules.text.PrintableText;
import dk.ddh.hotline.webrules.token.VerifiedTokens;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
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
        return VerifiedTokens.forEveryDecoder();
    }

    /**
     * Spring Security's strict firewall with the same character rule, checked without a regular expression; what it
     * refuses (a control character in a header, an encoded {@code ;} in the path) is a 400 problem like every other
     * refusal, as at the gateway.
     */
    @Bean
    WebSecurityCustomizer strictFirewall(JsonMapper json) {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        PrintableText printable = new PrintableText();
        firewall.setAllowedHeaderNames(printable);
        firewall.setAllowedHeaderValues(printable);
        firewall.setAllowedParameterNames(printable);
        firewall.setAllowedParameterValues(printable);
        ProblemWriter problems = new ProblemWriter(json);
        return web -> web.httpFirewall(firewall)
                .requestRejectedHandler((request, response, rejection) -> problems.write(
                        response, Problems.of(HttpStatus.BAD_REQUEST, "rejected-request", rejection.getMessage())));
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
