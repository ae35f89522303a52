package dk.ddh.hotline.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Spring Boot test on a random port against real infrastructure: every test class gets a fresh PostgreSQL database
 * (with its own role) and a fresh RabbitMQ virtual host, and the application trusts the in-process {@link TestIssuer}.
 *
 * <p>Sets {@code spring.datasource.*}, {@code spring.rabbitmq.*} (including {@code virtual-host}) and {@code
 * spring.security.oauth2.resourceserver.jwt.issuer-uri}. Local servers are used when they answer, Testcontainers when
 * Docker is available; otherwise the test fails with a message saying what to start. It never skips.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface HotlineIntegrationTest {

    /**
     * Routes the application's RabbitMQ connections through a {@link RabbitProxy} (registered as a bean) so a test can
     * cut the broker away and restore it.
     */
    boolean rabbitThroughProxy() default false;
}
