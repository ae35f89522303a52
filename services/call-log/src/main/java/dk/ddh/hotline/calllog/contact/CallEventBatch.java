package dk.ddh.hotline.calllog.contact;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Events of several calls in the order they happened, as a phone platform that buffers its events sends them: at most
 * {@value #MAX_EVENTS}, recorded all or none.
 */
record CallEventBatch(
        @NotNull @Size(min = 1, max = MAX_EVENTS) List<@NotNull @Valid CallEventOfCall> events) {

    public static final int MAX_EVENTS = 500;

    /** One event and the call it belongs to. */
    public record CallEventOfCall(
            @NotNull @Pattern(regexp = CallEvent.CALL_ID) String callId,
            @NotNull @Valid CallEvent event) {}
}
