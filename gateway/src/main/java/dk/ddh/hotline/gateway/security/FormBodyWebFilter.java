package dk.ddh.hotline.gateway.security;

import dk.ddh.hotline.gateway.edge.EdgeProperties;
import dk.ddh.hotline.gateway.problem.ProblemResponses;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.FormHttpMessageReader;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A browser's plain form is read twice: by the CSRF check (its {@code _csrf} field) and by the console it is passed on
 * to. A request body can be read only once, so a form's body (at most the gateway's request size) is kept and given to
 * each reader whole; without this the console would get an empty body and wait for the rest.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // before Spring Security's CSRF check
class FormBodyWebFilter implements WebFilter {

    private static final FormHttpMessageReader FORM = new FormHttpMessageReader();
    private static final ResolvableType FORM_TYPE =
            ResolvableType.forClassWithGenerics(MultiValueMap.class, String.class, String.class);

    private final int maxBytes;
    private final ProblemResponses problems;

    FormBodyWebFilter(EdgeProperties edge, ProblemResponses problems) {
        this.maxBytes = (int) Math.min(Integer.MAX_VALUE, edge.maxRequestSize().toBytes());
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        if (type == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(exchange.getRequest().getBody(), maxBytes)
                .map(FormBodyWebFilter::bytes)
                .defaultIfEmpty(new byte[0])
                .flatMap(body -> chain.filter(withKept(exchange, body)))
                .onErrorResume(
                        DataBufferLimitException.class,
                        tooLarge -> problems.write(
                                exchange,
                                HttpStatus.CONTENT_TOO_LARGE,
                                "payload-too-large",
                                "Payload too large",
                                "The form is larger than the " + maxBytes + " bytes allowed."));
    }

    /** The exchange with the kept body, and its form read from it (the CSRF check reads the form). */
    private static ServerWebExchange withKept(ServerWebExchange exchange, byte[] body) {
        ServerWebExchange kept =
                exchange.mutate().request(new KeptBody(exchange, body)).build();
        Mono<MultiValueMap<String, String>> form =
                FORM.readMono(FORM_TYPE, kept.getRequest(), Map.of()).cache();
        return new ServerWebExchangeDecorator(kept) {
            @Override
            public Mono<MultiValueMap<String, String>> getFormData() {
                return form;
            }
        };
    }

    private static byte[] bytes(DataBuffer joined) {
        byte[] bytes = new byte[joined.readableByteCount()];
        joined.read(bytes);
        DataBufferUtils.release(joined);
        return bytes;
    }

    private static final class KeptBody extends ServerHttpRequestDecorator {

        private final ServerWebExchange exchange;
        private final byte[] body;

        KeptBody(ServerWebExchange exchange, byte[] body) {
            super(exchange.getRequest());
            this.exchange = exchange;
            this.body = body;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return Flux.defer(
                    () -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
        }
    }
}
