package dk.ddh.hotline.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The hotline chart in helm/hotline, rendered and linted by the Helm library (no cluster, no helm binary). */
final class Chart {

    static final Path DIRECTORY = Paths.get("hotline");
    static final Path PRODUCTION_VALUES = DIRECTORY.resolve("values-production.yaml");
    static final String RELEASE = "hotline";
    // The oldest Kubernetes the chart supports (Chart.yaml kubeVersion): every API it uses must exist there.
    static final String OLDEST_KUBERNETES = "1.27.0";

    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private Chart() {}

    /** Renders the chart with its default values, or with the given values file layered over them. */
    static Manifests render(Path valuesFile) {
        return render(valuesFile, UnaryOperator.identity());
    }

    static Manifests render(Path valuesFile, UnaryOperator<TemplateCommand> options) {
        TemplateCommand template = new Helm(DIRECTORY)
                .template()
                .withName(RELEASE)
                .withNamespace("hotline")
                .withKubeVersion(OLDEST_KUBERNETES);
        if (valuesFile != null) {
            template = template.withValuesFile(valuesFile);
        }
        return Manifests.parse(options.apply(template).call());
    }

    /**
     * Lints strictly. `helm lint` of the library takes no values file, so values other than the defaults are linted on
     * a copy of the chart whose values.yaml is the defaults with the file layered over them, as Helm would merge them.
     */
    static LintResult lint(Path valuesFile, Path workDirectory) {
        Path chart = valuesFile == null ? DIRECTORY : copyWithValues(valuesFile, workDirectory.resolve("hotline"));
        return new Helm(chart).lint().strict().call();
    }

    private static Path copyWithValues(Path valuesFile, Path target) {
        try (Stream<Path> files = Files.walk(DIRECTORY)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(DIRECTORY.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
            Map<String, Object> merged = merge(read(DIRECTORY.resolve("values.yaml")), read(valuesFile));
            YAML.writeValue(target.resolve("values.yaml").toFile(), merged);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path file) {
        return YAML.readValue(file.toFile(), Map.class);
    }

    /** Helm's rule: maps merge key by key, anything else in the overlay replaces the default. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> merge(Map<String, Object> defaults, Map<String, Object> overlay) {
        Map<String, Object> merged = new LinkedHashMap<>(defaults);
        overlay.forEach((key, value) -> {
            if (value instanceof Map<?, ?> overlayMap && merged.get(key) instanceof Map<?, ?> defaultMap) {
                merged.put(key, merge((Map<String, Object>) defaultMap, (Map<String, Object>) overlayMap));
            } else {
                merged.put(key, value);
            }
        });
        return merged;
    }
}
