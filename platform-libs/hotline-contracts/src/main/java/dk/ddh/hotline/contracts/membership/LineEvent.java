package dk.ddh.hotline.contracts.membership;

/** A line event: it carries the line's whole state (for a removal, the state it was removed in). */
public sealed interface LineEvent permits LineRegistered, LineChanged, LineRemoved {

    LineSnapshot line();
}
