package dk.ddh.hotline.gateway.problem;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.AttributeKey;
import io.netty.util.ReferenceCountUtil;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Requests that never reach the handler chain: a request line or headers over Netty's limits
 * ({@code server.netty.max-initial-line-length}, {@code server.max-http-request-header-size}), a request Netty cannot
 * decode, or a target that is no URI (a bad percent-encoding such as {@code %zz}). Reactor Netty and Spring answer
 * those with an empty 414, 431 or 400; this handler, placed between the HTTP codec and Reactor Netty's request handling,
 * answers them with a problem instead and closes the connection.
 */
@Component
@Sharable
class UndecodableRequestProblems extends ChannelInboundHandlerAdapter implements NettyServerCustomizer {

    /** Set once a connection's request is refused: whatever else it sends before it closes is dropped. */
    private static final AttributeKey<Boolean> REFUSED =
            AttributeKey.valueOf(UndecodableRequestProblems.class, "refused");

    private static final Duration LINGER = Duration.ofSeconds(2);

    private final ProblemResponses problems;

    UndecodableRequestProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpTrafficHandler) != null) {
                channel.pipeline()
                        .addBefore(NettyPipeline.HttpTrafficHandler, UndecodableRequestProblems.class.getName(), this);
            }
        });
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object message) {
        if (context.channel().hasAttr(REFUSED)) {
            ReferenceCountUtil.release(message);
            return;
        }
        if (!(message instanceof HttpRequest request)) {
            context.fireChannelRead(message);
            return;
        }
        Throwable failure = request.decoderResult().cause();
        if (failure instanceof TooLongHttpLineException) {
            refuse(
                    context,
                    message,
                    HttpStatus.URI_TOO_LONG,
                    "uri-too-long",
                    "The request's path and query are longer than the gateway takes.");
        } else if (failure instanceof TooLongHttpHeaderException) {
            refuse(
                    context,
                    message,
                    HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                    "request-header-fields-too-large",
                    "The request's headers are larger than the gateway takes.");
        } else if (failure != null) {
            refuse(context, message, HttpStatus.BAD_REQUEST, "malformed-request", "The request is not valid HTTP/1.1.");
        } else if (!isUri(request.uri())) {
            refuse(
                    context,
                    message,
                    HttpStatus.BAD_REQUEST,
                    "malformed-request",
                    "The request's path or query is not a valid URI (RFC 3986), for instance a '%' not followed by"
                            + " two hexadecimal digits.");
        } else {
            context.fireChannelRead(message);
        }
    }

    /** Only printable ASCII (RFC 9112 §3.2), percent-encoded where needed (RFC 3986). */
    private static boolean isUri(String target) {
        if (!target.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            return false;
        }
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void refuse(ChannelHandlerContext context, Object message, HttpStatus status, String slug, String detail) {
        ReferenceCountUtil.release(message);
        context.channel().attr(REFUSED).set(true);
        byte[] body = problems.body(status, slug, status.getReasonPhrase(), detail, null);
        var response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status.value()), Unpooled.wrappedBuffer(body));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        // Closing at once with the rest of a long request unread would reset the connection and lose the answer at the
        // client: end the output, drop whatever still arrives, and close when the client does (or after a while).
        context.writeAndFlush(response).addListener((ChannelFutureListener) written -> {
            if (written.channel() instanceof DuplexChannel duplex) {
                duplex.shutdownOutput();
                written.channel()
                        .eventLoop()
                        .schedule(() -> written.channel().close(), LINGER.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                written.channel().close();
            }
        });
    }
}
