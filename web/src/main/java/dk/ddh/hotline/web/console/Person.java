package dk.ddh.hotline.web.console;

import dk.ddh.hotline.contracts.Role;
import dk.ddh.hotline.support.security.Caller;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The person using the console, from the access token the gateway relayed: who they are, whom they work for and what
 * they may do.
 *
 * @param name the name to greet them by (the token's {@code name}, else its subject)
 */
public record Person(Caller caller, String name) {

    public static Person current() {
        Caller caller = Caller.current();
        Jwt token = (Jwt) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        String name = Optional.ofNullable(token.getClaimAsString("name")).orElse(caller.subject());
        return new Person(caller, name);
    }

    public String subject() {
        return caller.subject();
    }

    public Optional<String> member() {
        return caller.member();
    }

    /** Answers citizens: the agent console is theirs. */
    public boolean answersCalls() {
        return caller.hasAnyRole(Role.AGENT, Role.SUPERVISOR);
    }

    /** The Danish name of the person's highest role, shown beside their name. */
    public String roleTitle() {
        if (caller.hasRole(Role.DDH_ADMIN)) {
            return "DDH-administrator";
        }
        if (caller.hasRole(Role.REGION_ADMIN)) {
            return "Regionsadministrator";
        }
        if (caller.hasRole(Role.MEMBER_ADMIN)) {
            return "Kommuneadministrator";
        }
        if (caller.hasRole(Role.SUPERVISOR)) {
            return "Supervisor";
        }
        if (caller.hasRole(Role.AGENT)) {
            return "Rådgiver";
        }
        return "Bruger";
    }
}
