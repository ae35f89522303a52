package dk.ddh.hotline.support.security;

import dk.ddh.hotline.contracts.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling: the token's subject, the member the caller works for (the {@code member} claim, absent for DDH and
 * partner systems) and the caller's roles.
 */
public record Caller(String subject, Optional<String> member, Set<Role> roles) {

    public static final String MEMBER_CLAIM = "member";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The authenticated caller of the current request. */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            throw new AuthenticationCredentialsNotFoundException("No bearer token");
        }
        return of(jwt, authentication.getAuthorities());
    }

    static Caller of(Jwt jwt, Collection<? extends GrantedAuthority> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (authorities.stream().anyMatch(a -> role.authority().equals(a.getAuthority()))) {
                roles.add(role);
            }
        }
        return new Caller(jwt.getSubject(), Optional.ofNullable(jwt.getClaimAsString(MEMBER_CLAIM)), roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    /** Whether the caller belongs to the given member. */
    public boolean worksFor(String memberId) {
        return member.filter(memberId::equals).isPresent();
    }

    /** Whether the caller works for the member and holds one of the roles there. */
    public boolean mayActFor(String memberId, Role... rolesForMember) {
        return worksFor(memberId) && hasAnyRole(rolesForMember);
    }
}
