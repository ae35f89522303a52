package dk.ddh.hotline.identity.accounts;

import dk.ddh.hotline.contracts.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The people and systems this provider knows, all from configuration ({@code hotline.identity.users/clients}). Secrets
 * and passwords without an encoding prefix such as {@code {bcrypt}} are taken as plain text, which suits demo data only.
 */
@ConfigurationProperties("hotline.identity")
public record DemoAccounts(
        @DefaultValue List<DemoUser> users, @DefaultValue List<DemoClient> clients) {

    Optional<Entitlements> ofUser(String username) {
        return users.stream()
                .filter(user -> user.username().equals(username))
                .findFirst()
                .map(user -> new Entitlements(user.roles(), user.member()));
    }

    Optional<DemoUser> user(String username) {
        return users.stream().filter(user -> user.username().equals(username)).findFirst();
    }

    Optional<Entitlements> ofClient(String clientId) {
        return clients.stream()
                .filter(client -> client.clientId().equals(clientId))
                .findFirst()
                .map(client -> new Entitlements(client.roles(), client.member()));
    }

    /** A person who logs in with the form (browser flows). */
    public record DemoUser(String username, String password, String name, List<Role> roles, String member) {}

    /**
     * A client application: a partner system or script (client credentials, carrying its own roles and member) or a
     * browser application (authorization code with PKCE, acting for the logged-in user).
     *
     * @param secret blank for a public client, which then must use PKCE
     */
    public record DemoClient(
            String clientId,
            String secret,
            String name,
            @DefaultValue("client_credentials") List<String> grantTypes,
            @DefaultValue List<String> redirectUris,
            @DefaultValue List<String> postLogoutRedirectUris,
            @DefaultValue List<String> scopes,
            @DefaultValue List<Role> roles,
            String member) {

        boolean isPublic() {
            return secret == null || secret.isBlank();
        }
    }
}
