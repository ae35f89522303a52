package dk.ddh.hotline.guides.course;

import dk.ddh.hotline.guides.guide.DraftScope;
import dk.ddh.hotline.guides.guide.GuideService;
import dk.ddh.hotline.guides.guide.Owner;
import dk.ddh.hotline.guides.membership.KnownMemberService;
import dk.ddh.hotline.support.problem.InvalidRequestException;
import dk.ddh.hotline.support.problem.NotFoundException;
import dk.ddh.hotline.support.web.PageResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes courses and opens them to agents. Authorisation is the web adapter's job, so the demo loader can use this
 * too.
 */
@Service
public class CourseService {

    private final Courses courses;
    private final GuideService guides;
    private final KnownMemberService members;
    private final Clock clock;

    CourseService(Courses courses, GuideService guides, KnownMemberService members, Clock clock) {
        this.courses = courses;
        this.guides = guides;
        this.members = members;
        this.clock = clock;
    }

    /**
     * A new course in DRAFT. The owner must be a known member.
     *
     * @throws InvalidRequestException {@code unknown-guide} when a lesson links a guide that does not exist or is not
     *     published
     */
    @Transactional
    public Course write(Owner owner, CourseContent content, String author) {
        owner.member().ifPresent(members::requireOwner);
        List<UUID> unknown = content.linkedGuides().stream()
                .filter(guide -> !guides.isPublished(guide))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException(
                    "unknown-guide",
                    "Lessons may only link published guides; not found: " + unknown,
                    Map.of("unknown", unknown));
        }
        Course course = Course.write(owner, content, author, clock.instant());
        courses.insert(course);
        return course;
    }

    @Transactional
    public Course publish(UUID courseId) {
        Course course = lock(courseId);
        course.publish(clock.instant());
        courses.saveStatus(course);
        return course;
    }

    @Transactional
    public Course retire(UUID courseId) {
        Course course = lock(courseId);
        course.retire();
        courses.saveStatus(course);
        return course;
    }

    @Transactional(readOnly = true)
    public Course get(UUID courseId) {
        return courses.find(courseId, false).orElseThrow(() -> new NotFoundException("course", courseId));
    }

    @Transactional(readOnly = true)
    public PageResponse<Course> list(Optional<CourseStatus> status, DraftScope drafts, int page, int size) {
        return courses.list(status, drafts, page, size);
    }

    private Course lock(UUID courseId) {
        return courses.find(courseId, true).orElseThrow(() -> new NotFoundException("course", courseId));
    }
}
