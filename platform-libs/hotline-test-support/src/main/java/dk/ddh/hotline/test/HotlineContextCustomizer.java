package dk.ddh.hotline.test;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Provisions a database (with its role) and a virtual host when the test class's context is created, points the
 * application at them and at the {@link TestIssuer}, and removes them again when the context closes.
 *
 * <p>Equality includes the test class, so Spring's context cache never shares a context (and so a database) between
 * two test classes.
 */
final class HotlineContextCustomizer implements ContextCustomizer {

    static final String PROPERTY_SOURCE_NAME = "hotlineIntegrationTest";
    static final String RABBIT_PROXY_BEAN = "rabbitProxy";
    private static final int MAX_CLASS_NAME_LENGTH = 40;

    private final Class<?> testClass;
    private final boolean rabbitThroughProxy;

    HotlineContextCustomizer(Class<?> testClass, boolean rabbitThroughProxy) {
        this.testClass = testClass;
        this.rabbitThroughProxy = rabbitThroughProxy;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        String name = resourceName(testClass);
        String issuerUri = TestIssuer.issuerUri();
        PostgresServer postgres = Infrastructure.postgres();
        RabbitServer rabbit = Infrastructure.rabbit();
        ProvisionedResources resources = new ProvisionedResources(postgres, rabbit, name);
        ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
        // Registered before the application's beans, so destroyed after them: the pools are closed by then.
        ((DefaultSingletonBeanRegistry) beanFactory).registerDisposableBean("hotlineProvisionedResources", resources);

        PostgresServer.Database database =
                postgres.createDatabase(name, UUID.randomUUID().toString());
        resources.databaseCreated = true;
        rabbit.createVhost(name);
        resources.vhostCreated = true;

        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", database.url());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        properties.put("spring.rabbitmq.host", rabbit.host());
        properties.put("spring.rabbitmq.port", rabbit.amqpPort());
        properties.put("spring.rabbitmq.username", rabbit.user());
        properties.put("spring.rabbitmq.password", rabbit.password());
        properties.put("spring.rabbitmq.virtual-host", name);
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuerUri);
        if (rabbitThroughProxy) {
            RabbitProxy proxy = RabbitProxy.start(rabbit.host(), rabbit.amqpPort());
            resources.proxy = proxy;
            beanFactory.registerSingleton(RABBIT_PROXY_BEAN, proxy);
            properties.put("spring.rabbitmq.host", "127.0.0.1");
            properties.put("spring.rabbitmq.port", proxy.port());
        }
        addBelowInlinedTestProperties(context.getEnvironment().getPropertySources(), properties);
    }

    /** Properties a test class declares inline ({@code @SpringBootTest(properties=...)}) still win. */
    private static void addBelowInlinedTestProperties(MutablePropertySources sources, Map<String, Object> properties) {
        MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE_NAME, properties);
        if (sources.contains(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, source);
        } else {
            sources.addFirst(source);
        }
    }

    /** {@code t_<shortclassname>_<random>}: a legal, unquoted PostgreSQL identifier and virtual host name. */
    static String resourceName(Class<?> testClass) {
        String shortName = testClass
                .getName()
                .substring(testClass.getName().lastIndexOf('.') + 1)
                .toLowerCase(Locale.ROOT);
        shortName = shortName.replaceAll("[^a-z0-9]", "_");
        if (shortName.length() > MAX_CLASS_NAME_LENGTH) {
            shortName = shortName.substring(0, MAX_CLASS_NAME_LENGTH);
        }
        String random = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return "t_" + shortName + "_" + random;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HotlineContextCustomizer that
                && testClass == that.testClass
                && rabbitThroughProxy == that.rabbitThroughProxy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(testClass, rabbitThroughProxy);
    }

    private static final class ProvisionedResources implements DisposableBean {

        private final PostgresServer postgres;
        private final RabbitServer rabbit;
        private final String name;
        private boolean databaseCreated;
        private boolean vhostCreated;
        private RabbitProxy proxy;

        ProvisionedResources(PostgresServer postgres, RabbitServer rabbit, String name) {
            this.postgres = postgres;
            this.rabbit = rabbit;
            this.name = name;
        }

        @Override
        public void destroy() {
            if (proxy != null) {
                proxy.close();
            }
            if (vhostCreated) {
                rabbit.deleteVhost(name);
            }
            if (databaseCreated) {
                postgres.dropDatabase(name);
            }
        }
    }
}
