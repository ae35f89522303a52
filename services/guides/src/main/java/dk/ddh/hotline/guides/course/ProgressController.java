package dk.ddh.hotline.guides.course;

import dk.ddh.hotline.support.member.MemberCode;
import dk.ddh.hotline.support.security.Caller;
import dk.ddh.hotline.support.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/guides/v1/training")
@Tag(name = "Training progress", description = "Courses taken, attempts, passes and competencies")
class ProgressController {

    private final TrainingService training;
    private final CourseAccess access;

    ProgressController(TrainingService training, CourseAccess access) {
        this.training = training;
        this.access = access;
    }

    @GetMapping("/me")
    @PreAuthorize(CourseAccess.LEARNERS)
    @Operation(summary = "The calling agent's own progress and competencies")
    AgentProgress mine() {
        return training.progressOf(Caller.current().subject());
    }

    @GetMapping("/members/{member}")
    @PreAuthorize(CourseAccess.PROGRESS_READERS)
    @Operation(
            summary = "Progress of every agent who trained while working for the member",
            description = "For the member's supervisors and admins; DDH's and the region's admins see every member.")
    PageResponse<AgentProgress> ofMember(
            @PathVariable @MemberCode String member,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        access.checkProgressOf(Caller.current(), member);
        return training.progressAt(member, page, size);
    }
}
