package dk.ddh.hotline.contracts.membership;

/** What citizens call a line about. */
public enum LineScope {
    /** Help with public digital self-service in general. */
    GENERAL,
    /** The region's special number for the public health apps. */
    HEALTH_APPS
}
