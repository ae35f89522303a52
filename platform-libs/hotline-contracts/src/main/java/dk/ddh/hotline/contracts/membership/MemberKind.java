package dk.ddh.hotline.contracts.membership;

/** What kind of public authority a member is. */
public enum MemberKind {
    MUNICIPALITY,
    REGION
}
