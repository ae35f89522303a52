package dk.ddh.hotline.calllog.contact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/call-log/v1/cti")
@PreAuthorize("hasRole('PARTNER')")
@Validated
@Tag(name = "Telephony", description = "The phone platform reports calls; each call id becomes one contact")
class CtiController {

    private final ContactService contacts;

    CtiController(ContactService contacts) {
        this.contacts = contacts;
    }

    @PostMapping("/calls/{callId}/events")
    @Operation(
            operationId = "reportCallEvent",
            summary = "Report that a call was offered, answered or ended",
            description = "Idempotent: repeating an event (a retry after a timeout) changes nothing.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            examples = {
                                                @ExampleObject(
                                                        name = "offered",
                                                        summary = "A citizen's call reaches a hotline line",
                                                        value =
                                                                "{\"type\": \"OFFERED\", \"at\": \"2026-11-23T09:00:00Z\","
                                                                        + " \"dialledNumber\": \"70 10 10 85\", \"callerNumber\": \"+4520304050\"}"),
                                                @ExampleObject(
                                                        name = "answered",
                                                        summary = "An agent of Region Sjælland answers it",
                                                        value =
                                                                "{\"type\": \"ANSWERED\", \"at\": \"2026-11-23T09:00:42Z\","
                                                                        + " \"agent\": \"0b5f6a3e-5d1c-4c8e-9a51-2f7d3c1b9e10\", \"agentMemberId\": \"1085\"}"),
                                                @ExampleObject(
                                                        name = "ended",
                                                        summary = "The call ends",
                                                        value =
                                                                "{\"type\": \"ENDED\", \"at\": \"2026-11-23T09:06:10Z\"}")
                                            })))
    ContactResponse report(
            @PathVariable @Pattern(regexp = CallEvent.CALL_ID) String callId, @Valid @RequestBody CallEvent event) {
        return ContactResponse.of(contacts.callEvent(callId, event));
    }

    @PostMapping("/events")
    @Operation(
            operationId = "reportCallEvents",
            summary = "Report the events of several calls at once, in the order they happened",
            description = "For a phone platform that buffers its events (at most 500 per request). Recorded all or"
                    + " none: a refused event refuses the batch, naming it. Idempotent like single events. Answers"
                    + " with the contacts of the batch's calls as they are afterwards.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            examples =
                                                    @ExampleObject(
                                                            name = "twoCalls",
                                                            summary = "Events of two calls, interleaved",
                                                            value = "{\"events\": ["
                                                                    + "{\"callId\": \"pbx-2026-000124\", \"event\": {\"type\": \"OFFERED\","
                                                                    + " \"at\": \"2026-11-23T09:01:00Z\", \"dialledNumber\": \"70101085\"}},"
                                                                    + " {\"callId\": \"pbx-2026-000123\", \"event\": {\"type\": \"ENDED\","
                                                                    + " \"at\": \"2026-11-23T09:06:10Z\"}}]}"))))
    CallEventsRecorded report(@Valid @RequestBody CallEventBatch batch) {
        return new CallEventsRecorded(
                contacts.callEvents(batch).stream().map(ContactResponse::of).toList());
    }

    /** The contacts of a batch's calls, each once, after all its events. */
    record CallEventsRecorded(List<ContactResponse> contacts) {}
}
