package dk.ddh.hotline.web.console;

import dk.ddh.hotline.web.contact.MemberNames;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: agents get the agent console; everyone else a page saying what is there for them. */
@Controller
class ConsoleController {

    private final MemberNames members;

    ConsoleController(MemberNames members) {
        this.members = members;
    }

    @GetMapping("/")
    String root() {
        return "redirect:/konsol/";
    }

    @GetMapping("/konsol/")
    String start(Model model) {
        Person person = Person.current();
        if (!person.answersCalls()) {
            return "console/other-roles";
        }
        model.addAttribute("members", members.all());
        return "console/agent";
    }

    /** The agent console's keyboard shortcuts. */
    @GetMapping("/konsol/genveje")
    String shortcuts() {
        return "console/shortcuts";
    }

    /** Where the identity provider sends the browser after logout; needs no login. */
    @GetMapping("/konsol/logget-ud")
    String loggedOut() {
        return "console/logged-out";
    }
}
