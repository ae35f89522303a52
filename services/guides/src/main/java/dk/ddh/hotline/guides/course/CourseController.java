package dk.ddh.hotline.guides.course;

import dk.ddh.hotline.guides.guide.GuideAccess;
import dk.ddh.hotline.guides.guide.Owner;
import dk.ddh.hotline.support.security.Caller;
import dk.ddh.hotline.support.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/guides/v1/courses")
@Tag(name = "Courses", description = "E-learning courses: lessons linking guides, and a quiz")
class CourseController {

    private final CourseService courses;
    private final CourseAccess access;

    CourseController(CourseService courses, CourseAccess access) {
        this.courses = courses;
        this.access = access;
    }

    @PostMapping
    @PreAuthorize(GuideAccess.EDITORS)
    @Operation(
            operationId = "writeCourse",
            summary = "Write a course in DRAFT. Owner: 'common' (DDH) or a member code, written by its guide writers",
            description = "Lessons may link only published guides (400 unknown-guide).")
    @ApiResponse(responseCode = "201", description = "Created; `Location` names it", useReturnTypeSchema = true)
    ResponseEntity<CourseResponse> write(@Valid @RequestBody CourseRequest request) {
        Caller caller = Caller.current();
        Owner owner = request.toOwner();
        access.checkWrite(caller, owner);
        Course course = courses.write(owner, request.toContent(), caller.subject());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(course.id())
                .toUri();
        return ResponseEntity.created(location).body(CourseResponse.of(course, true));
    }

    @GetMapping
    @PreAuthorize(GuideAccess.READERS)
    @Operation(
            operationId = "listCourses",
            summary = "List courses: published and retired ones, and the drafts the caller may see")
    PageResponse<CourseResponse.Summary> list(
            @RequestParam(required = false) CourseStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return courses.list(Optional.ofNullable(status), access.drafts(Caller.current()), page, size)
                .map(CourseResponse.Summary::of);
    }

    @GetMapping("/{courseId}")
    @PreAuthorize(GuideAccess.READERS)
    @Operation(
            operationId = "getCourse",
            summary = "Read a course; the correct options only for its writers and reviewers")
    CourseResponse get(@PathVariable UUID courseId) {
        Caller caller = Caller.current();
        Course course = courses.get(courseId);
        access.checkVisible(caller, course);
        return CourseResponse.of(course, access.seesAnswerKey(caller, course));
    }

    @PostMapping("/{courseId}/publish")
    @PreAuthorize(GuideAccess.EDITORS)
    @Operation(summary = "Open a draft course to agents")
    CourseResponse publish(@PathVariable UUID courseId) {
        access.checkWrite(Caller.current(), courses.get(courseId));
        return CourseResponse.of(courses.publish(courseId), true);
    }

    @PostMapping("/{courseId}/retire")
    @PreAuthorize(GuideAccess.EDITORS)
    @Operation(summary = "Withdraw a published course: no new attempts; attempts and competencies stay")
    CourseResponse retire(@PathVariable UUID courseId) {
        access.checkWrite(Caller.current(), courses.get(courseId));
        return CourseResponse.of(courses.retire(courseId), true);
    }
}
