package dk.ddh.hotline.guides.member;

import dk.ddh.hotline.support.problem.InvalidRequestException;
import java.time.Instant;
import java.util.List;
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
    public boolean remember(KnownMember member, Instant asOf) {
        return members.upsert(member, asOf);
    }

    /**
     * @throws InvalidRequestException {@code unknown-member} when membership has not announced the member, or it has
     *     left the hotline
     */
    @Transactional(readOnly = true)
    public KnownMember requireOwner(String code) {
        KnownMember member = members.find(code)
                .orElseThrow(() -> new InvalidRequestException(
                        "unknown-member",
                        "No member " + code + " is known to the guides service",
                        Map.of("owner", code)));
        if (member.hasLeft()) {
            throw new InvalidRequestException(
                    "member-has-left", "Member " + code + " has left the hotline", Map.of("owner", code));
        }
        return member;
    }

    @Transactional(readOnly = true)
    public List<KnownMember> all() {
        return members.all();
    }
}
