package dk.ddh.hotline.test;

import java.lang.reflect.Modifier;
import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Gives every class annotated with {@link HotlineIntegrationTest} its own context, database and virtual host. */
class HotlineContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        HotlineIntegrationTest annotation =
                TestContextAnnotationUtils.findMergedAnnotation(testClass, HotlineIntegrationTest.class);
        if (annotation == null) {
            return null;
        }
        return new HotlineContextCustomizer(owningTestClass(testClass), annotation.rabbitThroughProxy());
    }

    /** {@code @Nested} classes share the context of the class that encloses them. */
    private static Class<?> owningTestClass(Class<?> testClass) {
        Class<?> owner = testClass;
        while (owner.getEnclosingClass() != null
                && !Modifier.isStatic(owner.getModifiers())
                && !owner.isAnnotationPresent(HotlineIntegrationTest.class)) {
            owner = owner.getEnclosingClass();
        }
        return owner;
    }
}
