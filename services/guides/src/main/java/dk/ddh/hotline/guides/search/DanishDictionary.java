package dk.ddh.hotline.guides.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;

/**
 * The Danish Hunspell dictionary (Stavekontrolden's {@code da_DK.aff} and {@code .dic}), read by Lucene's Hunspell
 * implementation. Reading it takes about three seconds, so each location is read once per JVM, however many
 * application contexts (tests) ask for it; the dictionary is immutable and safe to share.
 */
final class DanishDictionary {

    private static final Map<String, Hunspell> LOADED = new ConcurrentHashMap<>();
    private static final ResourceLoader RESOURCES = new DefaultResourceLoader();

    private DanishDictionary() {}

    /** @param location a resource location without extension, e.g. {@code classpath:dictionaries/da_DK} */
    static Hunspell at(String location) {
        return LOADED.computeIfAbsent(location, DanishDictionary::read);
    }

    private static Hunspell read(String location) {
        try (InputStream affix = RESOURCES.getResource(location + ".aff").getInputStream();
                InputStream words = RESOURCES.getResource(location + ".dic").getInputStream()) {
            return new Hunspell(new Dictionary(new ByteBuffersDirectory(), "da", affix, words));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Danish dictionary at " + location, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The Danish dictionary at " + location + " is malformed", e);
        }
    }
}
