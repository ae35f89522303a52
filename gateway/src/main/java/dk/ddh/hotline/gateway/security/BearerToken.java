package dk.ddh.hotline.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Whether a request carries a bearer token: partner systems and scripts do, browsers (which hold only the session
 * cookie) never do. Such a request is authenticated by its token alone and has no session.
 */
public final class BearerToken {

    private BearerToken() {}

    public static boolean isIn(ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
