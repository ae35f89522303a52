package dk.ddh.hotline.membership.line;

import dk.ddh.hotline.contracts.membership.LineScope;
import dk.ddh.hotline.contracts.membership.LineSnapshot;
import dk.ddh.hotline.support.phone.PhoneNumber;
import java.util.Objects;
import java.util.UUID;

/** A number citizens dial, what it is for and which member's citizens it serves. */
public final class HotlineLine {

    private final UUID id;
    private final String memberId;
    private PhoneNumber number;
    private LineScope scope;

    HotlineLine(UUID id, PhoneNumber number, LineScope scope, String memberId) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.memberId = Objects.requireNonNull(memberId, "memberId");
    }

    /** @return whether anything changed */
    boolean change(PhoneNumber newNumber, LineScope newScope) {
        boolean changed = !number.equals(newNumber) || scope != newScope;
        number = Objects.requireNonNull(newNumber, "number");
        scope = Objects.requireNonNull(newScope, "scope");
        return changed;
    }

    public LineSnapshot snapshot() {
        return new LineSnapshot(id.toString(), number.e164(), scope, memberId);
    }

    public UUID id() {
        return id;
    }

    public PhoneNumber number() {
        return number;
    }

    public LineScope scope() {
        return scope;
    }

    public String memberId() {
        return memberId;
    }
}
