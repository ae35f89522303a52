package dk.ddh.hotline.calllog.membership;

/** A hotline line as membership announced it: whose citizens call the number, and about what. */
public record KnownLine(String lineId, String number, String scope, String memberId) {}
