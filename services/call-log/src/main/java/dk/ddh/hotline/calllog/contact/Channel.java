package dk.ddh.hotline.calllog.contact;

/** How the citizen reached the hotline. */
enum Channel {
    PHONE,
    CHAT
}
