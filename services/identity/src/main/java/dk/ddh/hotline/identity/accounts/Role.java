package dk.ddh.hotline.identity.accounts;

/** The platform roles a token can carry in its {@code roles} claim (see docs/conventions.md). */
public enum Role {
    AGENT,
    SUPERVISOR,
    MEMBER_ADMIN,
    REGION_ADMIN,
    DDH_ADMIN,
    PARTNER
}
