package dk.ddh.hotline.guides.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dictionary the Danish Hunspell dictionary for compounds: a resource location without {@code .aff}/{@code
 *     .dic}; by default the one built into the service, e.g. {@code file:/usr/share/hunspell/da_DK} for Debian's
 */
@ConfigurationProperties("hotline.guides.search")
public record SearchProperties(
        @DefaultValue("classpath:dictionaries/da_DK") String dictionary) {}
