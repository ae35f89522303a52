package dk.ddh.hotline.calllog.contact;

import dk.ddh.hotline.support.cpr.NoCpr;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What the agent records after a contact. The notes are short, must not contain a CPR number, and are the only free
 * text kept about the citizen.
 */
record WrapUp(
        @NotNull Outcome outcome,
        @Size(max = 10) List<@Size(max = 60) String> systems,
        @Size(max = 20) List<@Size(max = 60) String> guideIds,
        @Size(max = 500) @NoCpr String notes) {

    public WrapUp {
        systems = systems == null ? List.of() : List.copyOf(systems);
        guideIds = guideIds == null ? List.of() : List.copyOf(guideIds);
    }
}
