package dk.ddh.hotline.contracts.membership;

/** A hotline line: the dialled number (E.164), what it is for and whose citizens call it. */
public record LineSnapshot(String lineId, String number, LineScope scope, String memberId) {}
