package dk.ddh.hotline.guides.membership;

import dk.ddh.hotline.support.problem.InvalidRequestException;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which members exist, as far as membership has told us; guides are owned only by known members. */
@Service
public class KnownMemberService {

    private final KnownMembers members;

    KnownMemberService(KnownMembers members) {
        this.members = members;
    }

    /** Records the member's state as of the event's time; an older state than the stored one is ignored. */
    @Transactional
    public void remember(KnownMember member, Instant asOf) {
        members.remember(member, asOf);
    }

    /**
     * @throws InvalidRequestException {@code unknown-member} when membership has not announced the member, or it has
     *     left the hotline
     */
    @Transactional(readOnly = true)
    public KnownMember requireOwner(String memberId) {
        KnownMember member = members.find(memberId)
                .orElseThrow(() -> new InvalidRequestException(
                        "unknown-member",
                        "No member " + memberId + " is known to the guides service",
                        Map.of("owner", memberId)));
        if (member.hasLeft()) {
            throw new InvalidRequestException(
                    "member-has-left", "Member " + memberId + " has left the hotline", Map.of("owner", memberId));
        }
        return member;
    }
}
