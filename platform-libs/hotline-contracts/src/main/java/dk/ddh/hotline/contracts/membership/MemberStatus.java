package dk.ddh.hotline.contracts.membership;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a member is in its lifecycle. Besides the main path INVITED → SELECTED → ONBOARDING → ACTIVE → LEAVING → LEFT,
 * a member may leave before it is active (declined the invitation, not selected, onboarding abandoned) and may take
 * back a notice (LEAVING → ACTIVE). LEFT is final: a former member that returns is registered again by an admin.
 */
public enum MemberStatus {
    INVITED,
    SELECTED,
    ONBOARDING,
    ACTIVE,
    LEAVING,
    LEFT;

    /** The statuses this status may change to. */
    public Set<MemberStatus> next() {
        return switch (this) {
            case INVITED -> EnumSet.of(SELECTED, LEFT);
            case SELECTED -> EnumSet.of(ONBOARDING, LEFT);
            case ONBOARDING -> EnumSet.of(ACTIVE, LEFT);
            case ACTIVE -> EnumSet.of(LEAVING);
            case LEAVING -> EnumSet.of(ACTIVE, LEFT);
            case LEFT -> EnumSet.noneOf(MemberStatus.class);
        };
    }

    public boolean mayChangeTo(MemberStatus target) {
        return next().contains(target);
    }
}
