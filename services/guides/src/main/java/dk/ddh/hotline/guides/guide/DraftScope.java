package dk.ddh.hotline.guides.guide;

import java.util.Optional;

/**
 * Whose unpublished revisions a caller may see: everyone's (DDH reviews every guide), one member's (its own admins),
 * or nobody's.
 */
public record DraftScope(boolean everyone, Optional<String> member) {

    public static final DraftScope NONE = new DraftScope(false, Optional.empty());
    public static final DraftScope EVERYONE = new DraftScope(true, Optional.empty());

    public static DraftScope of(String member) {
        return new DraftScope(false, Optional.of(member));
    }

    public boolean covers(Owner owner) {
        return everyone || (member.isPresent() && member.equals(owner.member()));
    }
}
