package dk.ddh.hotline.calllog.contact;

import dk.ddh.hotline.support.member.MemberCode;
import dk.ddh.hotline.support.phone.DialableNumber;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * What the phone platform reports about a call. OFFERED needs the dialled number; the caller's number is optional (it
 * may be withheld) and is stored only as a keyed hash.
 */
record CallEvent(
        @NotNull Type type,
        @NotNull Instant at,
        @DialableNumber String dialledNumber,
        @Size(max = 32) String callerNumber,
        @Size(max = 100) String agent,
        @MemberCode String agentMemberId) {

    /** The phone platform's id of a call: letters, digits and {@code . _ : -}. */
    public static final String CALL_ID = "[A-Za-z0-9._:-]{1,100}";

    public enum Type {
        OFFERED,
        ANSWERED,
        ENDED
    }
}
