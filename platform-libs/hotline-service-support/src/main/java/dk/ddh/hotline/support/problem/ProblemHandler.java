package dk.ddh.hotline.support.problem;

import dk.ddh.hotline.support.json.FieldErrors;
import dk.ddh.hotline.support.json.PlausibleTime;
import dk.ddh.hotline.support.problem.Problems.FieldError;
import dk.ddh.hotline.webrules.problem.ProblemTypes;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Renders every error of a service as RFC 9457 problem+json: the platform's own {@link ProblemException}s, bad input
 * of every kind (malformed JSON, unknown enum values, failed validation with the list of fields), Spring MVC's own
 * errors, denied access, and, as a last resort, an internal error that shows no stack trace.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e) {
        return respond(e.toProblemDetail());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        return respond(Problems.validationFailed(e.getConstraintViolations().stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .toList()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String reason = e.getRequiredType() != null && PlausibleTime.covers(e.getRequiredType())
                ? PlausibleTime.parameterReason(e.getRequiredType())
                : "has an invalid value";
        return respond(Problems.validationFailed(List.of(new FieldError(e.getName(), reason))));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return respond(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "You may not do this"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return respond(Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "A valid bearer token is required"));
    }

    /**
     * Two requests locked the same rows in opposite orders (a deadlock) or waited too long for each other: PostgreSQL
     * rolled this one back whole, so sending it again is safe.
     */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> lockConflict(PessimisticLockingFailureException e) {
        log.warn(
                "A request lost a lock conflict and was rolled back: {}",
                e.getMostSpecificCause().getMessage());
        return respond(
                Problems.of(
                        HttpStatus.CONFLICT,
                        "concurrent-modification",
                        "Another request changed the same data at the same time; nothing of this one was stored. Send it again."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        ProblemDetail problem = Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "An internal error occurred; it has been logged");
        String traceId = MDC.get("traceId");
        if (traceId != null) {
            problem.setProperty("traceId", traceId);
        }
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .collect(Collectors.toList());
        e.getBindingResult().getGlobalErrors().stream()
                .map(error -> new FieldError(error.getObjectName(), error.getDefaultMessage()))
                .forEach(errors::add);
        return asObject(Problems.validationFailed(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return asObject(Problems.validationFailed(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof JacksonException refused && FieldErrors.namesAField(refused)) {
            return asObject(Problems.validationFailed(
                    List.of(new FieldError(FieldErrors.path(refused), FieldErrors.reason(refused)))));
        }
        String detail = e.getCause() instanceof JacksonException
                ? "The request body is not valid JSON"
                : "The request body is missing or unreadable";
        return asObject(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", detail));
    }

    /** Gives Spring MVC's own problems (404, 405, 415, ...) the platform's type URI. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null
                && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null
                        || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(
                    Problems.of(status, ProblemTypes.slugFor(status), "").getType());
        }
        return response;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ResponseEntity<Object> asObject(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
