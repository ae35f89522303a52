package dk.ddh.hotline.guides.course;

import dk.ddh.hotline.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** An agent taking a course: the token's subject is the agent, its {@code member} claim the agent's member. */
@RestController
@Tag(name = "Attempts", description = "Taking a course: answer every question once, submit, get the result")
class AttemptController {

    private static final String API = "/api/guides/v1";

    private final TrainingService training;
    private final CourseService courses;
    private final CourseAccess access;

    AttemptController(TrainingService training, CourseService courses, CourseAccess access) {
        this.training = training;
        this.courses = courses;
        this.access = access;
    }

    @PostMapping(API + "/courses/{courseId}/attempts")
    @PreAuthorize(CourseAccess.LEARNERS)
    @Operation(
            summary = "Start an attempt at a published course",
            description = "409 course-not-published for a retired course; 409 attempt-in-progress (with attemptId)"
                    + " while the agent has an open attempt at it.")
    @ApiResponse(responseCode = "201", description = "Created; `Location` names it", useReturnTypeSchema = true)
    ResponseEntity<AttemptResponse> start(@PathVariable UUID courseId, UriComponentsBuilder uri) {
        Caller caller = Caller.current();
        Course course = courses.get(courseId);
        access.checkVisible(caller, course);
        Attempt attempt =
                training.start(courseId, caller.subject(), caller.member().orElse(null));
        URI location =
                uri.path(API + "/attempts/{id}").buildAndExpand(attempt.id()).toUri();
        return ResponseEntity.created(location).body(AttemptResponse.of(attempt, course));
    }

    @GetMapping(API + "/attempts/{attemptId}")
    @PreAuthorize(CourseAccess.LEARNERS)
    @Operation(
            operationId = "getAttempt",
            summary = "The caller's own attempt; correct options only once it is submitted")
    AttemptResponse get(@PathVariable UUID attemptId) {
        return respond(training.attempt(attemptId, Caller.current().subject()));
    }

    @PostMapping(API + "/attempts/{attemptId}/answers")
    @PreAuthorize(CourseAccess.LEARNERS)
    @Operation(
            summary = "Answer one question with the chosen option numbers",
            description = "409 question-already-answered; 400 unknown-option; 409 attempt-submitted.")
    AttemptResponse answer(@PathVariable UUID attemptId, @Valid @RequestBody AnswerRequest request) {
        return respond(training.answer(attemptId, Caller.current().subject(), request.question(), request.options()));
    }

    @PostMapping(API + "/attempts/{attemptId}/submit")
    @PreAuthorize(CourseAccess.LEARNERS)
    @Operation(
            operationId = "submitAttempt",
            summary = "Submit and get the result; passing grants the course's competency",
            description = "409 answers-incomplete lists the unanswered questions.")
    AttemptResponse submit(@PathVariable UUID attemptId) {
        return respond(training.submit(attemptId, Caller.current().subject()));
    }

    private AttemptResponse respond(Attempt attempt) {
        return AttemptResponse.of(attempt, courses.get(attempt.courseId()));
    }

    record AnswerRequest(
            @NotNull @Min(1) Integer question,
            @NotEmpty @Size(max = 10) Set<@NotNull Integer> options) {}
}
