package dk.ddh.hotline.web.call;

import dk.ddh.hotline.web.contact.CallCard;
import dk.ddh.hotline.web.contact.KnownSystems;
import dk.ddh.hotline.web.contact.WrapUpForm;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders a call's card as the page shows it, for sending down an event stream. */
@Component
class CallCards {

    private final ITemplateEngine templates;
    private final KnownSystems systems;

    CallCards(ITemplateEngine templates, KnownSystems systems) {
        this.templates = templates;
        this.systems = systems;
    }

    String render(CallCard card) {
        Context context = new Context(java.util.Locale.forLanguageTag("da"));
        context.setVariable("call", card);
        context.setVariable("form", WrapUpForm.EMPTY);
        context.setVariable("errors", Map.of());
        context.setVariable("systems", systems.names());
        return templates.process("call/cards", java.util.Set.of("card"), context);
    }
}
