package dk.ddh.hotline.identity.accounts;

import dk.ddh.hotline.contracts.Role;
import java.util.List;

/**
 * What a token says its bearer may do: its roles and the member it acts for.
 *
 * @param member a member's official code (municipality 253, region 1085) or the escalation target a partner serves;
 *     {@code null} for platform-wide accounts
 */
record Entitlements(List<Role> roles, String member) {

    static final Entitlements NONE = new Entitlements(List.of(), null);

    List<String> roleNames() {
        return roles.stream().map(Role::name).toList();
    }
}
