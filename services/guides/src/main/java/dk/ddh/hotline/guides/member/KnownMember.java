package dk.ddh.hotline.guides.member;

/**
 * A member as the guides service knows it from membership's events.
 *
 * @param code the municipality or region code
 * @param kind {@code MUNICIPALITY} or {@code REGION}
 * @param status the member's lifecycle status, e.g. {@code ACTIVE} or {@code LEFT}
 */
public record KnownMember(String code, String name, String kind, String status) {

    static final String LEFT = "LEFT";

    /** A member that has left the hotline may not get new guides. */
    public boolean hasLeft() {
        return LEFT.equals(status);
    }
}
