package dk.ddh.hotline.calllog.contact;

/** How the citizen reached the hotline. */
public enum Channel {
    PHONE,
    CHAT
}
