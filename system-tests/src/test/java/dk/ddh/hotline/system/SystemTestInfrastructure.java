package dk.ddh.hotline.system;

import java.util.Map;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;

/** Placeholder until test-support lands. */
final class SystemTestInfrastructure {
    static SystemTestInfrastructure create() {
        throw new UnsupportedOperationException();
    }

    Map<String, String> membershipProperties(String issuer) {
        throw new UnsupportedOperationException();
    }

    CachingConnectionFactory rabbitConnectionFactory() {
        throw new UnsupportedOperationException();
    }
}
