package dk.ddh.hotline.guides.guide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The systems guides cover. The list is open: any name may be used, but a known system is always stored in its
 * canonical spelling ("mitid" becomes "MitID"), so filtering and search see one name.
 */
@Component
public class KnownSystems {

    private final List<String> known;
    private final Map<String, String> canonical = new LinkedHashMap<>();

    KnownSystems(GuidesProperties properties) {
        this.known = properties.knownSystems();
        known.forEach(name -> canonical.put(key(name), name));
    }

    public List<String> known() {
        return known;
    }

    /** Trimmed, canonically spelled, without duplicates, in the given order. */
    List<String> normalise(List<String> systems) {
        return systems.stream()
                .map(String::strip)
                .map(name -> canonical.getOrDefault(key(name), name))
                .distinct()
                .toList();
    }

    private static String key(String name) {
        return name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
