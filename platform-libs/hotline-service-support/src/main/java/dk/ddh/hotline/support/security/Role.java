package dk.ddh.hotline.support.security;

/** The platform's roles, as carried in the token's {@code roles} claim. */
public enum Role {
    AGENT,
    SUPERVISOR,
    MEMBER_ADMIN,
    REGION_ADMIN,
    DDH_ADMIN,
    PARTNER;

    /** The Spring Security authority for this role, e.g. {@code ROLE_AGENT}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
