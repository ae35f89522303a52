package dk.ddh.hotline.web.contact;

import java.util.List;

/**
 * The wrap-up as the agent filled it in; kept whole when a service refuses it, so nothing typed is lost.
 *
 * @param guideTitles the titles of {@code guideIds}, in the same order, to show them again
 */
public record WrapUpForm(
        String outcome, List<String> systems, List<String> guideIds, List<String> guideTitles, String notes) {

    public static final WrapUpForm EMPTY = new WrapUpForm(null, List.of(), List.of(), List.of(), "");

    public WrapUpForm {
        systems = systems == null ? List.of() : List.copyOf(systems);
        guideIds = guideIds == null ? List.of() : List.copyOf(guideIds);
        guideTitles = guideTitles == null ? List.of() : List.copyOf(guideTitles);
        notes = notes == null ? "" : notes;
    }

    /** The title of the n-th guide used, else its id. */
    public String guideTitle(int index) {
        return index < guideTitles.size() ? guideTitles.get(index) : guideIds.get(index);
    }

    /** What call-log takes: blank notes are none. */
    WrapUp toWrapUp() {
        return new WrapUp(outcome, systems, guideIds, notes.isBlank() ? null : notes);
    }

    record WrapUp(String outcome, List<String> systems, List<String> guideIds, String notes) {}
}
