package dk.ddh.hotline.support.messaging;

import dk.ddh.hotline.support.outbox.OutboxAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Consumer support: reading events and applying each once. */
@AutoConfiguration(after = OutboxAutoConfiguration.class)
public class MessagingAutoConfiguration {

    @Bean
    ProcessedEvents processedEvents(JdbcClient jdbc, TransactionTemplate transaction) {
        return new ProcessedEvents(jdbc, transaction);
    }

    @Bean
    EventReader eventReader(JsonMapper json) {
        return new EventReader(json);
    }
}
