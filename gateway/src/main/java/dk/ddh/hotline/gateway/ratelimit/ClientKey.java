package dk.ddh.hotline.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

/**
 * Whom a request is counted against: the OAuth2 client (or, failing that, the subject) of its token; a person logged
 * in through the browser by their own name (all browsers share the gateway's client); else the caller's address.
 */
record ClientKey(String value) {

    private static final String CLIENT = "client:";

    static ClientKey of(Optional<Authentication> authentication, ServerWebExchange exchange) {
        Optional<ClientKey> browser = authentication
                .filter(OAuth2AuthenticationToken.class::isInstance)
                .map(person -> new ClientKey("person:" + person.getName()));
        return browser.or(() -> authentication
                        .filter(JwtAuthenticationToken.class::isInstance)
                        .map(JwtAuthenticationToken.class::cast)
                        .flatMap(ClientKey::tokenClient))
                .orElseGet(() -> address(exchange));
    }

    private static Optional<ClientKey> tokenClient(JwtAuthenticationToken token) {
        return Stream.of("azp", "client_id", "sub")
                .map(claim -> token.getToken().getClaimAsString(claim))
                .filter(value -> value != null && !value.isBlank())
                .findFirst()
                .map(client -> new ClientKey(CLIENT + client));
    }

    /** The token's client id, or empty for an anonymous caller counted by address. */
    Optional<String> clientId() {
        return value.startsWith(CLIENT) ? Optional.of(value.substring(CLIENT.length())) : Optional.empty();
    }

    private static ClientKey address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String host = remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
        return new ClientKey("address:" + host);
    }
}
