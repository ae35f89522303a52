package dk.ddh.hotline.guides.search;

import java.util.Optional;

/**
 * Which published guides a search looks in.
 *
 * @param member the member whose citizen is calling: its own guides are searched besides the common ones; empty for
 *     common guides only
 * @param allMembers every member's guides too (asked for explicitly)
 * @param citizenOnly only guides written for citizens (the public API)
 * @param system only guides covering this system
 */
public record SearchScope(Optional<String> member, boolean allMembers, boolean citizenOnly, Optional<String> system) {}
