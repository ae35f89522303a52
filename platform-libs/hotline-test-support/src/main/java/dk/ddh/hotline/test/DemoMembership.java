package dk.ddh.hotline.test;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * The demo's members as membership keeps them, in the one file of them ({@code
 * services/membership/src/main/resources/demo/members.yml}), read from the repository so that other services' demo
 * loaders can be checked against it by their tests.
 */
public final class DemoMembership {

    private static final Path FILE = Path.of("services/membership/src/main/resources/demo/members.yml");

    private final Map<String, Object> yaml;

    private DemoMembership(Map<String, Object> yaml) {
        this.yaml = yaml;
    }

    /** Reads the file from the repository root, found upwards from the working directory (a module's directory). */
    public static DemoMembership read() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(FILE))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    FILE + " not found above " + Path.of("").toAbsolutePath());
        }
        try (Reader in = Files.newBufferedReader(dir.resolve(FILE))) {
            return new DemoMembership(new Yaml().load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first day of the region-paid pilot. */
    public LocalDate pilotStart() {
        return LocalDate.parse((String) map(yaml.get("pilot")).get("from"));
    }

    /** The sponsor of the pilot (the region). */
    public String pilotSponsor() {
        return (String) map(yaml.get("pilot")).get("sponsor");
    }

    @SuppressWarnings("unchecked")
    public List<Member> members() {
        return ((List<Object>) yaml.get("members"))
                .stream().map(DemoMembership::map).map(Member::of).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    /** A member: code, name, kind, who pays ({@code null} without terms) and its lines, numbers in E.164. */
    public record Member(String id, String name, String kind, String payer, List<Line> lines) {

        @SuppressWarnings("unchecked")
        static Member of(Map<String, Object> member) {
            Map<String, Object> terms = member.containsKey("terms") ? map(member.get("terms")) : Map.of();
            List<Object> lines = (List<Object>) member.getOrDefault("lines", List.of());
            return new Member(
                    (String) member.get("id"),
                    (String) member.get("name"),
                    (String) member.get("kind"),
                    (String) terms.get("payer"),
                    lines.stream()
                            .map(DemoMembership::map)
                            .map(line -> new Line(
                                    "+45" + ((String) line.get("number")).replace(" ", ""), (String) line.get("scope")))
                            .toList());
        }
    }

    public record Line(String number, String scope) {}
}
