package dk.ddh.hotline.calllog.contact;

import dk.ddh.hotline.contracts.Role;
import dk.ddh.hotline.support.member.MemberCode;
import dk.ddh.hotline.support.problem.ForbiddenException;
import dk.ddh.hotline.support.security.Caller;
import dk.ddh.hotline.support.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/call-log/v1/contacts")
@Tag(name = "Contacts", description = "Agents record contacts and wrap them up")
class ContactController {

    private static final String AGENTS = "hasAnyRole('AGENT','SUPERVISOR')";

    private final ContactService contacts;

    ContactController(ContactService contacts) {
        this.contacts = contacts;
    }

    /** A contact without telephony (a chat, or a phone without CTI), answered now by the caller. */
    @PostMapping
    @PreAuthorize(AGENTS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a contact without telephony (a chat, or a call without CTI), answered now by the caller")
    ContactResponse start(@Valid @RequestBody StartContact start) {
        return ContactResponse.of(contacts.start(start.channel(), start.memberId(), Caller.current()));
    }

    @PostMapping("/{contactId}/end")
    @PreAuthorize(AGENTS)
    @Operation(summary = "End the caller's contact; it then waits for the wrap-up")
    ContactResponse end(@PathVariable UUID contactId) {
        return ContactResponse.of(contacts.end(contactId, Caller.current()));
    }

    @PutMapping("/{contactId}/wrap-up")
    @PreAuthorize(AGENTS)
    @Operation(
            summary = "Wrap up a contact: outcome, systems and guides used, short notes without a CPR number",
            description = "Notes with a CPR number are refused with 400 naming `notes`.")
    ContactResponse wrapUp(@PathVariable UUID contactId, @Valid @RequestBody WrapUp wrapUp) {
        return ContactResponse.of(contacts.wrapUp(contactId, wrapUp, Caller.current()));
    }

    /** The caller's contacts still to be wrapped up: calls answered through the phone platform, and ended ones. */
    @GetMapping("/open")
    @PreAuthorize(AGENTS)
    @Operation(summary = "The caller's contacts still to be wrapped up, oldest first, a page at a time")
    PageResponse<ContactResponse> open(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return contacts.openOf(Caller.current(), page, size).map(ContactResponse::of);
    }

    /** Its agent, the admins and supervisors of the caller's or the agent's member, and DDH and the region. */
    @GetMapping("/{contactId}")
    @Operation(summary = "Read a contact: for its agent, its members' admins and supervisors, DDH and the region")
    ContactResponse get(@PathVariable UUID contactId) {
        Contact contact = contacts.get(contactId);
        Caller caller = Caller.current();
        boolean mayRead = caller.hasAnyRole(Role.DDH_ADMIN, Role.REGION_ADMIN)
                || caller.subject().equals(contact.agent())
                || (caller.hasAnyRole(Role.MEMBER_ADMIN, Role.SUPERVISOR)
                        && (caller.worksFor(String.valueOf(contact.memberId()))
                                || caller.worksFor(String.valueOf(contact.agentMemberId()))));
        if (!mayRead) {
            throw new ForbiddenException("You may only see contacts of your own member");
        }
        return ContactResponse.of(contact);
    }

    record StartContact(
            @NotNull Channel channel, @MemberCode String memberId) {}
}
