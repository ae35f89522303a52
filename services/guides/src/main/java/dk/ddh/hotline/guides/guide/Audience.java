package dk.ddh.hotline.guides.guide;

/** Who a guide is written for: agents only, or citizens too (then it is served by the public API). */
public enum Audience {
    AGENT,
    CITIZEN
}
