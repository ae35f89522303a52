package dk.ddh.hotline.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The agent console (and later the admin console), served through the gateway, which logs people in. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling // the live streams' heartbeat
public class WebApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebApplication.class, args);
    }
}
