package dk.ddh.hotline.contracts.membership;

/** A member event: whatever changed, it carries the member's whole state, so a read model needs only the snapshot. */
public sealed interface MemberEvent permits MemberRegistered, MemberStatusChanged, MemberTermsChanged {

    MemberSnapshot member();
}
