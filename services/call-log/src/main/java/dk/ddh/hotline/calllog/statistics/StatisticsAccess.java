package dk.ddh.hotline.calllog.statistics;

import dk.ddh.hotline.contracts.Role;
import dk.ddh.hotline.support.problem.ForbiddenException;
import dk.ddh.hotline.support.security.Caller;

/** DDH and the region see every member's statistics; a member's admins and supervisors see only their own member's. */
final class StatisticsAccess {

    private StatisticsAccess() {}

    /** The member whose statistics the caller gets when asking for {@code requested} (null: all members). */
    static String memberFor(Caller caller, String requested) {
        if (caller.hasAnyRole(Role.DDH_ADMIN, Role.REGION_ADMIN)) {
            return requested;
        }
        String own = caller.member()
                .orElseThrow(() -> new ForbiddenException("Statistics are for DDH, the region and members' admins"));
        if (requested != null && !requested.equals(own)) {
            throw new ForbiddenException("You may only see your own member's statistics");
        }
        return own;
    }
}
