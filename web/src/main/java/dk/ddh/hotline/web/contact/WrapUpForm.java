package dk.ddh.hotline.web.contact;

import java.util.List;

/** The wrap-up as the agent filled it in; kept whole when a service refuses it, so nothing typed is lost. */
public record WrapUpForm(String outcome, List<String> systems, List<String> guideIds, String notes) {

    public static final WrapUpForm EMPTY = new WrapUpForm(null, List.of(), List.of(), "");

    public WrapUpForm {
        systems = systems == null ? List.of() : List.copyOf(systems);
        guideIds = guideIds == null ? List.of() : List.copyOf(guideIds);
        notes = notes == null ? "" : notes;
    }

    /** What call-log takes: blank notes are none. */
    WrapUp toWrapUp() {
        return new WrapUp(outcome, systems, guideIds, notes.isBlank() ? null : notes);
    }

    record WrapUp(String outcome, List<String> systems, List<String> guideIds, String notes) {}
}
