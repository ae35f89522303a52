package dk.ddh.hotline.calllog.contact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/call-log/v1/cti/calls")
@PreAuthorize("hasRole('PARTNER')")
@Validated
@Tag(name = "Telephony", description = "The phone platform reports calls; each call id becomes one contact")
class CtiController {

    private final ContactService contacts;

    CtiController(ContactService contacts) {
        this.contacts = contacts;
    }

    @PostMapping("/{callId}/events")
    @Operation(
            summary = "Report that a call was offered, answered or ended",
            description = "Idempotent: repeating an event (a retry after a timeout) changes nothing.")
    Contact report(
            @PathVariable @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}") String callId,
            @Valid @RequestBody CallEvent event) {
        return contacts.callEvent(callId, event);
    }
}
