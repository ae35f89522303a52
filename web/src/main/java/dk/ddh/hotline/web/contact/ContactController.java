package dk.ddh.hotline.web.contact;

import dk.ddh.hotline.support.cpr.CprGuard;
import dk.ddh.hotline.web.api.ApiProblem;
import dk.ddh.hotline.web.api.HotlineApi;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The agent's contacts: manual ones without telephony, ending and wrapping up, the notes checked as typed. */
@Controller
class ContactController {

    private static final String CALL_LOG = "call-log";
    private static final String CONTACTS = "/api/call-log/v1/contacts";

    private final HotlineApi api;
    private final MemberNames members;
    private final KnownSystems systems;

    ContactController(HotlineApi api, MemberNames members, KnownSystems systems) {
        this.api = api;
        this.members = members;
        this.systems = systems;
    }

    /** A call without telephony or a chat, answered now. */
    @PostMapping("/konsol/kontakter")
    String start(@RequestParam String channel, @RequestParam(required = false) String memberId, Model model) {
        OpenContact started = api.post(
                CALL_LOG,
                uri -> uri.path(CONTACTS).build(),
                new StartContact(channel, memberId == null || memberId.isBlank() ? null : memberId),
                OpenContact.class);
        members.all();
        return card(model, CallCard.of(started, members), WrapUpForm.EMPTY, Map.of());
    }

    /** Ends the contact if the phone platform has not, then records the wrap-up. */
    @PostMapping("/konsol/kontakter/{contactId}/afslutning")
    ModelAndView wrapUp(@PathVariable String contactId, @ModelAttribute WrapUpForm form, Model model) {
        OpenContact contact =
                api.get(CALL_LOG, uri -> uri.path(CONTACTS + "/{id}").build(contactId), OpenContact.class);
        try {
            if (contact.endedAt() == null) {
                contact = api.post(
                        CALL_LOG, uri -> uri.path(CONTACTS + "/{id}/end").build(contactId), null, OpenContact.class);
            }
            OpenContact closed = api.put(
                    CALL_LOG,
                    uri -> uri.path(CONTACTS + "/{id}/wrap-up").build(contactId),
                    form.toWrapUp(),
                    OpenContact.class);
            model.addAttribute("contact", closed);
            return new ModelAndView("call/cards :: done", model.asMap());
        } catch (ApiProblem refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            members.all();
            card(model, CallCard.of(contact, members), form, danish(refused.fieldErrors()));
            return new ModelAndView("call/cards :: card", model.asMap(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    /** Warns at the notes field while the agent types, before anything is sent. */
    @PostMapping("/konsol/kontakter/noter")
    String checkNotes(@RequestParam(defaultValue = "") String notes, Model model) {
        model.addAttribute("cpr", CprGuard.containsCpr(notes));
        return "call/cards :: notes-check";
    }

    /** A contact without telephony: the channel, and the citizen's member when the agent knows it. */
    record StartContact(String channel, String memberId) {}

    /** Call-log's field errors, said in Danish at the field. */
    static Map<String, String> danish(Map<String, String> errors) {
        Map<String, String> danish = new LinkedHashMap<>();
        errors.forEach((field, message) -> danish.put(
                field,
                switch (field) {
                    case "notes" ->
                        message.contains("CPR")
                                ? "Noterne må ikke indeholde et CPR-nummer. Fjern det – resten af det, du har skrevet, er bevaret."
                                : "Noterne må højst være 500 tegn.";
                    case "outcome" -> "Vælg, hvordan kontakten endte.";
                    case "systems" -> "Vælg højst 10 systemer.";
                    default -> "Feltet er ikke udfyldt rigtigt.";
                }));
        return danish;
    }

    private String card(Model model, CallCard card, WrapUpForm form, Map<String, String> errors) {
        model.addAttribute("call", card);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("systems", systems.names());
        return "call/cards :: card";
    }
}
