package dk.ddh.hotline.contracts;

/**
 * The platform's roles, as the identity provider puts them into a token's {@code roles} claim and every service and
 * the consoles read them (docs/conventions.md): one list for the issuer and its readers.
 */
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
