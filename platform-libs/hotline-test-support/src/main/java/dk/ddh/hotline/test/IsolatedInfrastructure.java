package dk.ddh.hotline.test;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A PostgreSQL database with its own role and a RabbitMQ virtual host of their own, on the servers {@link
 * Infrastructure} finds, removed again on {@link #close()}. {@link HotlineIntegrationTest} gives one to each test class;
 * system tests that start services as processes use one directly.
 */
public final class IsolatedInfrastructure implements AutoCloseable {

    private static final int MAX_OWNER_NAME_LENGTH = 40;

    private final PostgresServer postgres;
    private final RabbitServer rabbit;
    private final String name;
    private boolean databaseCreated;
    private boolean vhostCreated;
    private PostgresServer.Database database;
    private final Map<String, PostgresServer.Database> serviceDatabases = new HashMap<>();
    private RabbitProxy proxy;

    private IsolatedInfrastructure(PostgresServer postgres, RabbitServer rabbit, String name) {
        this.postgres = postgres;
        this.rabbit = rabbit;
        this.name = name;
    }

    /** Provisions a database, role and virtual host named {@code t_<owner>_<random>}. */
    public static IsolatedInfrastructure provision(String owner) {
        IsolatedInfrastructure infrastructure =
                new IsolatedInfrastructure(Infrastructure.postgres(), Infrastructure.rabbit(), resourceName(owner));
        try {
            infrastructure.create();
            return infrastructure;
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
    }

    private void create() {
        database = postgres.createDatabase(name, UUID.randomUUID().toString());
        databaseCreated = true;
        rabbit.createVhost(name);
        vhostCreated = true;
    }

    /** The Spring Boot properties that point an application at this database and virtual host. */
    public Map<String, String> springProperties() {
        return springProperties(database);
    }

    /**
     * The properties for one of several services sharing this virtual host, each with a database of its own (created on
     * first use, dropped on {@link #close()}), as the services of the platform run.
     */
    public Map<String, String> springProperties(String service) {
        PostgresServer.Database own = serviceDatabases.computeIfAbsent(
                service,
                s -> postgres.createDatabase(name + "_" + s, UUID.randomUUID().toString()));
        return springProperties(own);
    }

    private Map<String, String> springProperties(PostgresServer.Database database) {
        Map<String, String> properties = new HashMap<>();
        properties.put("spring.datasource.url", database.url());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        properties.put("spring.rabbitmq.host", proxy == null ? rabbit.host() : "127.0.0.1");
        properties.put("spring.rabbitmq.port", String.valueOf(proxy == null ? rabbit.amqpPort() : proxy.port()));
        properties.put("spring.rabbitmq.username", rabbit.user());
        properties.put("spring.rabbitmq.password", rabbit.password());
        properties.put("spring.rabbitmq.virtual-host", name);
        return properties;
    }

    /**
     * Puts a {@link RabbitProxy} between the application and the broker: {@link #springProperties()} point at it from
     * now on, so a test can cut the application's broker connections.
     */
    public RabbitProxy rabbitThroughProxy() {
        if (proxy == null) {
            proxy = RabbitProxy.start(rabbit.host(), rabbit.amqpPort());
        }
        return proxy;
    }

    public String virtualHost() {
        return name;
    }

    /** Listens on this virtual host straight at the broker, past any proxy. */
    public EventProbe listen(String exchange, String routingPattern) {
        return EventProbe.listenOnBroker(name, exchange, routingPattern);
    }

    @Override
    public void close() {
        if (proxy != null) {
            proxy.close();
        }
        if (vhostCreated) {
            rabbit.deleteVhost(name);
        }
        serviceDatabases.values().forEach(own -> postgres.dropDatabase(own.username()));
        if (databaseCreated) {
            postgres.dropDatabase(name);
        }
    }

    /** {@code t_<owner>_<random>}: a legal, unquoted PostgreSQL identifier and virtual host name. */
    static String resourceName(String owner) {
        String shortName = owner.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        if (shortName.length() > MAX_OWNER_NAME_LENGTH) {
            shortName = shortName.substring(0, MAX_OWNER_NAME_LENGTH);
        }
        String random = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return "t_" + shortName + "_" + random;
    }
}
