package dk.ddh.hotline.membership.member;

import dk.ddh.hotline.contracts.Role;
import dk.ddh.hotline.support.problem.ForbiddenException;
import dk.ddh.hotline.support.security.Caller;
import org.springframework.stereotype.Component;

/**
 * The tenant rule for a member's data: agents, supervisors and the region's and DDH's admins see every member; a
 * member admin sees and manages only its own member. Role checks alone (who may call an endpoint at all) sit on the
 * controllers.
 */
@Component
public class MemberAccess {

    /** @throws ForbiddenException unless the caller may read the member's lines, agents and terms */
    public void checkRead(String memberId) {
        Caller caller = Caller.current();
        if (caller.hasAnyRole(Role.AGENT, Role.SUPERVISOR, Role.REGION_ADMIN, Role.DDH_ADMIN)
                || caller.mayActFor(memberId, Role.MEMBER_ADMIN)) {
            return;
        }
        throw new ForbiddenException("You may only read your own member's data");
    }

    /** @throws ForbiddenException unless the caller may change the member's lines and agents */
    public void checkManage(String memberId) {
        Caller caller = Caller.current();
        if (caller.hasAnyRole(Role.REGION_ADMIN, Role.DDH_ADMIN) || caller.mayActFor(memberId, Role.MEMBER_ADMIN)) {
            return;
        }
        throw new ForbiddenException("You may only manage your own member's lines and agents");
    }
}
