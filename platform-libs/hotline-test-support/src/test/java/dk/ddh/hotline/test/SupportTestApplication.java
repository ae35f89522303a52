package dk.ddh.hotline.test;

import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A minimal resource server using PostgreSQL and RabbitMQ, the shape of every hotline service under test. */
@SpringBootApplication
class SupportTestApplication {

    @RestController
    static class WhoAmIController {

        @GetMapping("/whoami")
        Map<String, Object> whoAmI(@AuthenticationPrincipal Jwt jwt) {
            return Map.of("subject", jwt.getSubject(), "roles", jwt.getClaimAsStringList("roles"));
        }
    }
}
