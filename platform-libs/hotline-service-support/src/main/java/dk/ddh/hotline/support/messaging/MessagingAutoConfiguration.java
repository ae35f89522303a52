package dk.ddh.hotline.support.messaging;

import dk.ddh.hotline.support.outbox.OutboxAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Consumer support: reading events and, in a service with a database, applying each once to a read model. */
@AutoConfiguration(after = OutboxAutoConfiguration.class)
public class MessagingAutoConfiguration {

    @Bean
    EventReader eventReader(JsonMapper json) {
        return new EventReader(json);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.jdbc.core.simple.JdbcClient")
    @ConditionalOnBean(type = "org.springframework.jdbc.core.simple.JdbcClient")
    static class AppliedOnce {

        @Bean
        ProcessedEvents processedEvents(JdbcClient jdbc, TransactionTemplate transaction) {
            return new ProcessedEvents(jdbc, transaction);
        }

        @Bean
        ReadModelConsumers readModelConsumers(EventReader reader, ProcessedEvents processed) {
            return new ReadModelConsumers(reader, processed);
        }
    }
}
