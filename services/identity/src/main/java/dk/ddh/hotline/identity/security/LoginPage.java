package dk.ddh.hotline.identity.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login form people see when a console sends them here, in Danish like the consoles. Spring Security still checks
 * the posted username and password (and the form's CSRF token); this only renders the page.
 */
@Controller
class LoginPage {

    @GetMapping("/login")
    String form() {
        return "login";
    }
}
