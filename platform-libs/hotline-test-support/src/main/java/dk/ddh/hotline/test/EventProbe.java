package dk.ddh.hotline.test;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Listens on an exclusive, auto-delete queue bound to a topic exchange and collects what arrives, so a test can assert
 * on the events an application published. Open it before triggering the behaviour; close it afterwards.
 */
public final class EventProbe implements AutoCloseable {

    private final String exchange;
    private final String routingPattern;
    private final Channel channel;
    private final String queue;
    private final String consumerTag;
    private final List<String> received = new ArrayList<>();
    private CachingConnectionFactory ownConnectionFactory;

    private EventProbe(ConnectionFactory connectionFactory, String exchange, String routingPattern) throws IOException {
        this.exchange = exchange;
        this.routingPattern = routingPattern;
        Connection connection = connectionFactory.createConnection();
        this.channel = connection.createChannel(false);
        // Durable like the producers' own exchange, so declaring it first here does not clash with them later.
        channel.exchangeDeclare(exchange, "topic", true);
        this.queue = channel.queueDeclare().getQueue();
        channel.queueBind(queue, exchange, routingPattern);
        this.consumerTag = channel.basicConsume(queue, true, new DefaultConsumer(channel) {
            @Override
            public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
                synchronized (received) {
                    received.add(new String(body, StandardCharsets.UTF_8));
                    received.notifyAll();
                }
            }
        });
    }

    /** Starts listening for messages on {@code exchange} whose routing key matches {@code routingPattern}. */
    public static EventProbe listen(ConnectionFactory connectionFactory, String exchange, String routingPattern) {
        try {
            return new EventProbe(connectionFactory, exchange, routingPattern);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen on exchange " + exchange + " for " + routingPattern, e);
        }
    }

    /**
     * Like {@link #listen} but connected straight to the test broker's virtual host, past any {@link RabbitProxy} the
     * application's own connections go through, so it keeps listening while a test cuts the proxy.
     */
    public static EventProbe listenOnBroker(String virtualHost, String exchange, String routingPattern) {
        RabbitServer rabbit = Infrastructure.rabbit();
        CachingConnectionFactory connectionFactory = new CachingConnectionFactory(rabbit.host(), rabbit.amqpPort());
        connectionFactory.setUsername(rabbit.user());
        connectionFactory.setPassword(rabbit.password());
        connectionFactory.setVirtualHost(virtualHost);
        EventProbe probe = listen(connectionFactory, exchange, routingPattern);
        probe.ownConnectionFactory = connectionFactory;
        return probe;
    }

    /**
     * Waits until {@code count} messages have arrived and returns the first {@code count} bodies parsed as JSON.
     *
     * @throws AssertionError when fewer arrive within {@code timeout}, naming what did arrive
     */
    public List<JsonNode> await(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> bodies;
        synchronized (received) {
            while (received.size() < count) {
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (remainingMillis <= 0) {
                    throw new AssertionError("Expected " + count + " message(s) on exchange " + exchange + " matching "
                            + routingPattern + " within " + timeout + ", but " + received.size() + " arrived: "
                            + received);
                }
                try {
                    received.wait(remainingMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted waiting for messages on " + exchange, e);
                }
            }
            bodies = List.copyOf(received.subList(0, count));
        }
        return bodies.stream().map(this::parse).toList();
    }

    /**
     * Waits until {@code count} different events (by their CloudEvents {@code id}) have arrived and returns the first
     * delivery of each, in arrival order. Publishing is at least once: an event whose broker confirm was lost is sent
     * again, and consumers, like this method, recognise it by its id.
     *
     * @throws AssertionError when fewer arrive within {@code timeout}, naming what did arrive
     */
    public List<JsonNode> awaitDistinct(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<JsonNode> distinct = firstDeliveries();
            if (distinct.size() >= count) {
                return distinct.subList(0, count);
            }
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                throw new AssertionError("Expected " + count + " different event(s) on exchange " + exchange
                        + " matching " + routingPattern + " within " + timeout + ", but these arrived: " + distinct);
            }
            synchronized (received) {
                try {
                    received.wait(Math.min(remainingMillis, 100));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted waiting for messages on " + exchange, e);
                }
            }
        }
    }

    /**
     * Waits for the first event that matches, whatever else arrives before it, and returns it.
     *
     * @throws AssertionError when none matches within {@code timeout}, naming what did arrive
     */
    public JsonNode awaitMatching(Predicate<JsonNode> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int count = 1; ; count++) {
            Duration left = Duration.ofNanos(Math.max(deadline - System.nanoTime(), 1_000_000));
            JsonNode next = await(count, left).get(count - 1);
            if (match.test(next)) {
                return next;
            }
        }
    }

    /** An event of this type about this subject (the CloudEvents {@code type} and {@code subject}). */
    public static Predicate<JsonNode> ofType(String type, String subject) {
        return event -> type.equals(event.path("type").asString())
                && subject.equals(event.path("subject").asString());
    }

    private List<JsonNode> firstDeliveries() {
        List<String> bodies;
        synchronized (received) {
            bodies = List.copyOf(received);
        }
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        bodies.stream()
                .map(this::parse)
                .forEach(event -> byId.putIfAbsent(event.path("id").toString(), event));
        return List.copyOf(byId.values());
    }

    /** Forgets what has arrived so far, so the next {@link #await} counts only what arrives from now on. */
    public void clear() {
        synchronized (received) {
            received.clear();
        }
    }

    private JsonNode parse(String body) {
        try {
            return JsonMapper.shared().readTree(body);
        } catch (JacksonException e) {
            throw new AssertionError("A message on exchange " + exchange + " is not JSON: " + body, e);
        }
    }

    /** Cancels the consumer and deletes the queue before the channel goes back to a connection factory's cache. */
    @Override
    public void close() {
        try {
            if (channel.isOpen()) {
                channel.basicCancel(consumerTag);
                channel.queueDelete(queue);
                channel.close();
            }
        } catch (IOException | TimeoutException e) {
            // The broker or connection is already gone, and with it the exclusive queue.
        }
        if (ownConnectionFactory != null) {
            ownConnectionFactory.destroy();
        }
    }
}
