package dk.ddh.hotline.membership.member;

import dk.ddh.hotline.contracts.membership.MemberStatus;
import dk.ddh.hotline.support.problem.ConflictException;
import java.util.Map;
import java.util.Set;

/**
 * A member was asked to move to a status its lifecycle does not allow from where it is. Rendered as 409 {@code
 * illegal-status-transition} with {@code from}, {@code to} and the {@code allowed} statuses.
 */
public class IllegalStatusTransitionException extends ConflictException {

    private final transient Set<MemberStatus> allowed;

    IllegalStatusTransitionException(MemberStatus from, MemberStatus to) {
        super(
                "illegal-status-transition",
                "A member cannot change from " + from + " to " + to,
                Map.of(
                        "from",
                        from.name(),
                        "to",
                        to.name(),
                        "allowed",
                        from.next().stream().map(Enum::name).toList()));
        this.allowed = from.next();
    }

    public Set<MemberStatus> allowed() {
        return allowed;
    }
}
