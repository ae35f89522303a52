package dk.ddh.hotline.calllog;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CallLogApplication {

    public static void main(String[] args) {
        SpringApplication.run(CallLogApplication.class, args);
    }

    /** Danish time for days and hours of the week in statistics. Tests replace it with a fixed clock. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Copenhagen"));
    }
}
