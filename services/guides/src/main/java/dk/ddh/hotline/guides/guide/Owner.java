package dk.ddh.hotline.guides.guide;

import java.util.Optional;

/** Who owns a guide: DDH (a common guide, written as {@value #COMMON}) or one member by its code. */
public record Owner(String memberId) {

    public static final String COMMON = "common";
    public static final Owner DDH = new Owner(null);

    /** {@value #COMMON} or a member code. */
    public static Owner parse(String text) {
        return COMMON.equalsIgnoreCase(text) ? DDH : new Owner(text);
    }

    public boolean isCommon() {
        return memberId == null;
    }

    public Optional<String> member() {
        return Optional.ofNullable(memberId);
    }

    @Override
    public String toString() {
        return isCommon() ? COMMON : memberId;
    }
}
