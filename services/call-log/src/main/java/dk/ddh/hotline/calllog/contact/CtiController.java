package dk.ddh.hotline.calllog.contact;

import io.swagger.v3.oas.annotations.Operation;
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
            summary = "Report that a call was offered, answered or ended",
            description = "Idempotent: repeating an event (a retry after a timeout) changes nothing.")
    Contact report(
            @PathVariable @Pattern(regexp = CallEvent.CALL_ID) String callId, @Valid @RequestBody CallEvent event) {
        return contacts.callEvent(callId, event);
    }

    @PostMapping("/events")
    @Operation(
            summary = "Report the events of several calls at once, in the order they happened",
            description = "For a phone platform that buffers its events (at most 500 per request). Recorded all or"
                    + " none: a refused event refuses the batch, naming it. Idempotent like single events. Answers"
                    + " with the contacts of the batch's calls as they are afterwards.")
    CallEventsRecorded report(@Valid @RequestBody CallEventBatch batch) {
        return new CallEventsRecorded(contacts.callEvents(batch));
    }

    /** The contacts of a batch's calls, each once, after all its events. */
    record CallEventsRecorded(List<Contact> contacts) {}
}
