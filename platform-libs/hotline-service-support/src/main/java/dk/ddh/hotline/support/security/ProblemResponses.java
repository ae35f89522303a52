package dk.ddh.hotline.support.security;

import dk.ddh.hotline.support.problem.ProblemWriter;
import dk.ddh.hotline.support.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 from the security filters, as problem+json like every other error. */
final class ProblemResponses {

    private final ProblemWriter problems;

    ProblemResponses(JsonMapper json) {
        this.problems = new ProblemWriter(json);
    }

    /** Keeps the {@code WWW-Authenticate} header of RFC 6750 and adds the problem body. */
    AuthenticationEntryPoint unauthorized() {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            bearer.commence(request, response, exception);
            String detail = exception instanceof OAuth2AuthenticationException oauth
                            && oauth.getError().getDescription() != null
                    ? oauth.getError().getDescription()
                    : "A valid bearer token from the hotline's identity provider is required";
            problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", detail));
        };
    }

    AccessDeniedHandler forbidden() {
        AccessDeniedHandlerImpl status = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            status.handle(request, response, exception);
            problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "You may not do this"));
        };
    }
}
