package dk.ddh.hotline.guides.guide;

import dk.ddh.hotline.contracts.Role;
import dk.ddh.hotline.support.problem.ForbiddenException;
import dk.ddh.hotline.support.problem.NotFoundException;
import dk.ddh.hotline.support.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a guide. DDH's admins write common guides; a member's admins (the region's too) write that
 * member's guides; DDH's admins review every guide and the region's admins the region's; nobody reviews their own
 * revision. Every agent, supervisor and admin reads what is published; unpublished revisions are seen only by those
 * who may write or review the guide, and for anyone else such a guide does not exist (404).
 */
@Component
public class GuideAccess {

    /** Who reads published guides at all; partner systems do not. */
    public static final String READERS = "hasAnyRole('AGENT','SUPERVISOR','MEMBER_ADMIN','REGION_ADMIN','DDH_ADMIN')";

    public static final String EDITORS = "hasAnyRole('MEMBER_ADMIN','REGION_ADMIN','DDH_ADMIN')";

    static final String REVIEWERS = "hasAnyRole('REGION_ADMIN','DDH_ADMIN')";

    public boolean mayWrite(Caller caller, Owner owner) {
        return owner.member()
                .map(member -> caller.mayActFor(member, Role.MEMBER_ADMIN, Role.REGION_ADMIN))
                .orElseGet(() -> caller.hasRole(Role.DDH_ADMIN));
    }

    public boolean mayReview(Caller caller, Owner owner) {
        return caller.hasRole(Role.DDH_ADMIN)
                || owner.member()
                        .map(member -> caller.mayActFor(member, Role.REGION_ADMIN))
                        .orElse(false);
    }

    /** Whose drafts and revisions in review the caller may see. */
    public DraftScope drafts(Caller caller) {
        if (caller.hasRole(Role.DDH_ADMIN)) {
            return DraftScope.EVERYONE;
        }
        if (caller.hasAnyRole(Role.MEMBER_ADMIN, Role.REGION_ADMIN)
                && caller.member().isPresent()) {
            return DraftScope.of(caller.member().get());
        }
        return DraftScope.NONE;
    }

    /** @throws NotFoundException unless the guide has a live revision or the caller may see its drafts */
    void checkVisible(Caller caller, Guide guide) {
        if (guide.live().isEmpty() && !drafts(caller).covers(guide.owner())) {
            throw new NotFoundException("guide", guide.id());
        }
    }

    void checkWrite(Caller caller, Guide guide) {
        checkVisible(caller, guide);
        checkWrite(caller, guide.owner());
    }

    void checkWrite(Caller caller, Owner owner) {
        if (!mayWrite(caller, owner)) {
            throw new ForbiddenException("You may only write guides of your own member (DDH: common guides)");
        }
    }

    void checkReview(Caller caller, Guide guide) {
        checkVisible(caller, guide);
        if (!mayReview(caller, guide.owner())) {
            throw new ForbiddenException("You may not review guides of owner " + guide.owner());
        }
    }

    /** The revision if the caller may read it: the live one for every reader, any for those who see drafts. */
    Revision readable(Caller caller, Guide guide, int number) {
        checkVisible(caller, guide);
        Revision revision = guide.revision(number);
        if (revision.status() != RevisionStatus.PUBLISHED && !drafts(caller).covers(guide.owner())) {
            throw new NotFoundException("revision", guide.id() + "/" + number);
        }
        return revision;
    }

    boolean seesDrafts(Caller caller, Guide guide) {
        return drafts(caller).covers(guide.owner());
    }
}
