package dk.ddh.hotline.test;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
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

    private final Class<?> testClass;
    private final boolean rabbitThroughProxy;

    HotlineContextCustomizer(Class<?> testClass, boolean rabbitThroughProxy) {
        this.testClass = testClass;
        this.rabbitThroughProxy = rabbitThroughProxy;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        String issuerUri = TestIssuer.issuerUri();
        IsolatedInfrastructure infrastructure = IsolatedInfrastructure.provision(
                testClass.getName().substring(testClass.getName().lastIndexOf('.') + 1));
        ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
        // Registered before the application's beans, so destroyed after them: the pools are closed by then.
        ((DefaultSingletonBeanRegistry) beanFactory)
                .registerDisposableBean("hotlineIsolatedInfrastructure", infrastructure::close);
        if (rabbitThroughProxy) {
            beanFactory.registerSingleton(RABBIT_PROXY_BEAN, infrastructure.rabbitThroughProxy());
        }
        Map<String, Object> properties = new HashMap<>(infrastructure.springProperties());
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuerUri);
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
}
