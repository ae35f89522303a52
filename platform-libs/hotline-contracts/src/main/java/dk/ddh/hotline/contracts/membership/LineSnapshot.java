package dk.ddh.hotline.contracts.membership;

/**
 * A hotline line: the dialled number (E.164), what it is for and whose citizens call it.
 *
 * @param scope {@code GENERAL} or {@code HEALTH_APPS}
 */
public record LineSnapshot(String lineId, String number, String scope, String memberId) {}
