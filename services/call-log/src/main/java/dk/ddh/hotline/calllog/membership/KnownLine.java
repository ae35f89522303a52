package dk.ddh.hotline.calllog.membership;

import dk.ddh.hotline.contracts.membership.LineScope;
import dk.ddh.hotline.contracts.membership.LineSnapshot;

/** A hotline line as membership announced it: whose citizens call the number, and about what. */
record KnownLine(String lineId, String number, LineScope scope, String memberId) {

    static KnownLine of(LineSnapshot line) {
        return new KnownLine(line.lineId(), line.number(), line.scope(), line.memberId());
    }
}
