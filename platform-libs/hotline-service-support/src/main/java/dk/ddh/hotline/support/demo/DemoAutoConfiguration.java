package dk.ddh.hotline.support.demo;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link DemoLoad} for the demo loaders of every service with a database. */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"
        })
@ConditionalOnClass(name = "org.springframework.jdbc.core.simple.JdbcClient")
@ConditionalOnBean(type = "org.springframework.jdbc.core.simple.JdbcClient")
public class DemoAutoConfiguration {

    @Bean
    DemoLoad demoLoad(TransactionTemplate transaction, JdbcClient jdbc) {
        return new DemoLoad(transaction, jdbc);
    }
}
