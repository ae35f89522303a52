package dk.ddh.hotline.identity.accounts;

import dk.ddh.hotline.contracts.Role;
import dk.ddh.hotline.identity.IdentityProperties;
import dk.ddh.hotline.identity.accounts.DemoAccounts.DemoClient;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

    @Bean
    InMemoryUserDetailsManager userDetailsService(DemoAccounts accounts) {
        List<UserDetails> users = accounts.users().stream()
                .map(user -> User.withUsername(user.username())
                        .password(encoded(user.password()))
                        .roles(user.roles().stream().map(Role::name).toArray(String[]::new))
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(DemoAccounts accounts, IdentityProperties properties) {
        TokenSettings tokens = TokenSettings.builder()
                .accessTokenTimeToLive(properties.accessTokenLifetime())
                .refreshTokenTimeToLive(properties.refreshTokenLifetime())
                .reuseRefreshTokens(false)
                .build();
        return new ConfiguredClients(accounts.clients().stream()
                .map(client -> registered(client, tokens))
                .toList());
    }

    private static RegisteredClient registered(DemoClient client, TokenSettings tokens) {
        RegisteredClient.Builder builder = RegisteredClient.withId(
                        UUID.nameUUIDFromBytes(client.clientId().getBytes()).toString())
                .clientId(client.clientId())
                .clientName(client.name() == null ? client.clientId() : client.name())
                .tokenSettings(tokens)
                // Demo logins go straight through; a consent page would only add a click to every demo.
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(client.grantTypes().contains("authorization_code"))
                        .requireAuthorizationConsent(false)
                        .build());
        if (client.isPublic()) {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            builder.clientSecret(encoded(client.secret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        }
        client.grantTypes().forEach(grant -> builder.authorizationGrantType(new AuthorizationGrantType(grant)));
        client.redirectUris().forEach(builder::redirectUri);
        client.postLogoutRedirectUris().forEach(builder::postLogoutRedirectUri);
        client.scopes().forEach(builder::scope);
        return builder.build();
    }

    /** Plain demo secrets become {@code {noop}…}; values that already name their encoding stay as they are. */
    private static String encoded(String secret) {
        return secret.startsWith("{") ? secret : "{noop}" + secret;
    }
}
