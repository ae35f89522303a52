package dk.ddh.hotline.web.console;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page of the console knows who is logged in (the header shows it) and the session's CSRF token, which the
 * gateway checks on every write: its cookie comes along with the request, so plain forms carry it without script.
 */
@ControllerAdvice
class ConsoleModel {

    @ModelAttribute("person")
    Person person() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken
                ? Person.current()
                : null;
    }

    @ModelAttribute("csrfToken")
    String csrfToken(@CookieValue(name = "XSRF-TOKEN", required = false) String token) {
        return token == null ? "" : token;
    }
}
