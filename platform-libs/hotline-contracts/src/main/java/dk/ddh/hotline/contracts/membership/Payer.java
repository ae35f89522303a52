package dk.ddh.hotline.contracts.membership;

/** Who pays a member's usage of the shared line. */
public enum Payer {
    /** The member itself. */
    SELF,
    /** A sponsor (the region) during the member's pilot. */
    SPONSOR
}
