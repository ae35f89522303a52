package dk.ddh.hotline.calllog.contact;

/** How a contact ended, as the agent records it in the wrap-up (ABANDONED also when the caller hung up in the queue). */
enum Outcome {
    RESOLVED,
    ESCALATED,
    TRANSFERRED,
    REFERRED,
    ABANDONED
}
