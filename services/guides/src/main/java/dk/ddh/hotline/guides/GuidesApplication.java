package dk.ddh.hotline.guides;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GuidesApplication {

    public static void main(String[] args) {
        SpringApplication.run(GuidesApplication.class, args);
    }

    /** Danish time: review-due dates fall on Danish calendar days. Tests replace it with a fixed clock. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Copenhagen"));
    }
}
