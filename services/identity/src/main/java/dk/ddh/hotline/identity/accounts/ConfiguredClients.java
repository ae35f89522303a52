package dk.ddh.hotline.identity.accounts;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The configured clients, held in memory. Spring's own in-memory repository refuses two clients with the same secret,
 * which every demo client shares on purpose.
 */
final class ConfiguredClients implements RegisteredClientRepository {

    private final Map<String, RegisteredClient> byId = new ConcurrentHashMap<>();
    private final Map<String, RegisteredClient> byClientId = new ConcurrentHashMap<>();

    ConfiguredClients(List<RegisteredClient> clients) {
        clients.forEach(this::save);
    }

    @Override
    public void save(RegisteredClient client) {
        RegisteredClient previous = byClientId.get(client.getClientId());
        if (previous != null && !previous.getId().equals(client.getId())) {
            throw new IllegalArgumentException("Client id configured twice: " + client.getClientId());
        }
        byId.put(client.getId(), client);
        byClientId.put(client.getClientId(), client);
    }

    @Override
    public RegisteredClient findById(String id) {
        return byId.get(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return byClientId.get(clientId);
    }
}
