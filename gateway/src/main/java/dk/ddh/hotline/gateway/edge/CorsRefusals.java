package dk.ddh.hotline.gateway.edge;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ResponseStatusException;

/**
 * Spring's CORS check, but a request from an origin, with a method or with headers that are not allowed is refused as
 * a 403 problem (through the gateway's error handler) instead of an empty 403. Both security chains' CORS filters
 * take it as their processor.
 */
@Component
class CorsRefusals extends DefaultCorsProcessor {

    @Override
    protected void rejectRequest(ServerHttpResponse response) {
        throw new ResponseStatusException(
                HttpStatus.FORBIDDEN,
                "The request's origin, method or headers are not allowed from a browser here (CORS;"
                        + " hotline.gateway.allowed-origins).");
    }
}
