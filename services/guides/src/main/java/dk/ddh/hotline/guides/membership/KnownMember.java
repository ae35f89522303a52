package dk.ddh.hotline.guides.membership;

import dk.ddh.hotline.contracts.membership.MemberKind;
import dk.ddh.hotline.contracts.membership.MemberSnapshot;
import dk.ddh.hotline.contracts.membership.MemberStatus;

/**
 * A member as the guides service knows it from membership's events.
 *
 * @param memberId the municipality or region code
 */
public record KnownMember(String memberId, String name, MemberKind kind, MemberStatus status) {

    static KnownMember of(MemberSnapshot member) {
        return new KnownMember(member.memberId(), member.name(), member.kind(), member.status());
    }

    /** A member that has left the hotline may not get new guides. */
    public boolean hasLeft() {
        return status == MemberStatus.LEFT;
    }
}
