package dk.ddh.hotline.test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * Finds the PostgreSQL and RabbitMQ servers of this JVM: local servers when they answer, otherwise one shared container
 * each when Docker is available, otherwise a failure that says what to start. Never a reason to skip a test.
 */
final class Infrastructure {

    private static final String POSTGRES_IMAGE = "postgres:15-alpine";
    private static final String RABBIT_IMAGE = "rabbitmq:3.13-management-alpine";
    private static final int CONNECT_TIMEOUT_MILLIS = 1000;

    private static PostgresServer postgres;
    private static RabbitServer rabbit;

    private Infrastructure() {}

    static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = findPostgres(System.getenv());
        }
        return postgres;
    }

    static synchronized RabbitServer rabbit() {
        if (rabbit == null) {
            rabbit = findRabbit(System.getenv());
        }
        return rabbit;
    }

    private static PostgresServer findPostgres(Map<String, String> env) {
        String host = env.getOrDefault("HOTLINE_TEST_POSTGRES_HOST", "127.0.0.1");
        int port = Integer.parseInt(env.getOrDefault("HOTLINE_TEST_POSTGRES_PORT", "5432"));
        if (answers(host, port)) {
            return new PostgresServer(
                    host,
                    port,
                    "postgres",
                    env.getOrDefault("HOTLINE_TEST_POSTGRES_USER", "postgres"),
                    env.getOrDefault("HOTLINE_TEST_POSTGRES_PASSWORD", ""));
        }
        if (!dockerAvailable()) {
            throw missing("PostgreSQL", host + ":" + port, "HOTLINE_TEST_POSTGRES_HOST/PORT/USER/PASSWORD");
        }
        PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE);
        container.start();
        return new PostgresServer(
                container.getHost(),
                container.getMappedPort(5432),
                container.getDatabaseName(),
                container.getUsername(),
                container.getPassword());
    }

    private static RabbitServer findRabbit(Map<String, String> env) {
        String host = env.getOrDefault("HOTLINE_TEST_RABBIT_HOST", "127.0.0.1");
        int port = Integer.parseInt(env.getOrDefault("HOTLINE_TEST_RABBIT_PORT", "5672"));
        if (answers(host, port)) {
            RabbitServer local = new RabbitServer(
                    host,
                    port,
                    Integer.parseInt(env.getOrDefault("HOTLINE_TEST_RABBIT_MANAGEMENT_PORT", "15672")),
                    env.getOrDefault("HOTLINE_TEST_RABBIT_USER", "guest"),
                    env.getOrDefault("HOTLINE_TEST_RABBIT_PASSWORD", "guest"));
            if (!local.managementAnswers()) {
                throw new IllegalStateException(local.describe()
                        + " answers AMQP, but its management API does not. Tests create a virtual host per test class"
                        + " through it: run `rabbitmq-plugins enable rabbitmq_management`, or set"
                        + " HOTLINE_TEST_RABBIT_MANAGEMENT_PORT/USER/PASSWORD.");
            }
            return local;
        }
        if (!dockerAvailable()) {
            throw missing("RabbitMQ", host + ":" + port, "HOTLINE_TEST_RABBIT_HOST/PORT/USER/PASSWORD/MANAGEMENT_PORT");
        }
        RabbitMQContainer container = new RabbitMQContainer(RABBIT_IMAGE);
        container.start();
        return new RabbitServer(
                container.getHost(),
                container.getAmqpPort(),
                container.getHttpPort(),
                container.getAdminUsername(),
                container.getAdminPassword());
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    private static IllegalStateException missing(String server, String address, String variables) {
        return new IllegalStateException("Integration tests need a real " + server + ", but nothing answers on "
                + address + " and Docker is not available for Testcontainers. Start the local infrastructure"
                + " (`docker compose -f docker/compose.yaml up -d`, or local servers as the README describes),"
                + " or point " + variables + " at a running server.");
    }
}
