package dk.ddh.hotline.guides.course;

import dk.ddh.hotline.contracts.Role;
import dk.ddh.hotline.guides.guide.DraftScope;
import dk.ddh.hotline.guides.guide.GuideAccess;
import dk.ddh.hotline.guides.guide.Owner;
import dk.ddh.hotline.support.problem.ForbiddenException;
import dk.ddh.hotline.support.problem.NotFoundException;
import dk.ddh.hotline.support.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Who may do what with courses. Courses are written by those who write guides of the same owner and, like guides,
 * are read by every reader once published; a draft course exists only for those who see the owner's drafts, and so
 * does its answer key. Agents and supervisors take courses; a member's supervisors and admins follow the progress of
 * the member's agents, DDH's and the region's admins every member's.
 */
@Component
class CourseAccess {

    static final String LEARNERS = "hasAnyRole('AGENT','SUPERVISOR')";

    static final String PROGRESS_READERS = "hasAnyRole('SUPERVISOR','MEMBER_ADMIN','REGION_ADMIN','DDH_ADMIN')";

    private final GuideAccess guides;

    CourseAccess(GuideAccess guides) {
        this.guides = guides;
    }

    DraftScope drafts(Caller caller) {
        return guides.drafts(caller);
    }

    void checkWrite(Caller caller, Owner owner) {
        if (!guides.mayWrite(caller, owner)) {
            throw new ForbiddenException("You may only write courses of your own member (DDH: common courses)");
        }
    }

    void checkWrite(Caller caller, Course course) {
        checkVisible(caller, course);
        checkWrite(caller, course.owner());
    }

    /** @throws NotFoundException for a draft course the caller may not see */
    void checkVisible(Caller caller, Course course) {
        if (course.status() == CourseStatus.DRAFT && !seesAnswerKey(caller, course)) {
            throw new NotFoundException("course", course.id());
        }
    }

    /** Only those who see the owner's drafts see the correct options; agents see them after submitting. */
    boolean seesAnswerKey(Caller caller, Course course) {
        return drafts(caller).covers(course.owner());
    }

    void checkProgressOf(Caller caller, String member) {
        if (!caller.hasAnyRole(Role.DDH_ADMIN, Role.REGION_ADMIN)
                && !caller.mayActFor(member, Role.SUPERVISOR, Role.MEMBER_ADMIN)) {
            throw new ForbiddenException("You may only follow the training of your own member's agents");
        }
    }
}
