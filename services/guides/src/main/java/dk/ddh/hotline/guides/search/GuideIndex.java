package dk.ddh.hotline.guides.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.stereotype.Component;

/**
 * The live revisions of all guides in an in-memory Lucene index: rebuilt from the database at start and changed only
 * by {@link GuideIndexSync}, which follows the database's own record of changes. Readers see a change as soon as it is
 * applied (near-real-time searcher).
 */
@Component
class GuideIndex implements AutoCloseable {

    private final IndexWriter writer;
    private final SearcherManager searchers;

    GuideIndex(DanishAnalysis analysis) throws IOException {
        this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analysis.perField()));
        this.searchers = new SearcherManager(writer, null);
    }

    void replaceAll(Collection<IndexedGuide> guides) {
        write(() -> {
            writer.deleteAll();
            for (IndexedGuide guide : guides) {
                writer.addDocument(GuideDocument.of(guide));
            }
        });
    }

    /** Each guide's live revision, or its removal when it has none any more. */
    void apply(Map<UUID, Optional<IndexedGuide>> changes) {
        write(() -> {
            for (Map.Entry<UUID, Optional<IndexedGuide>> change : changes.entrySet()) {
                Term id = new Term(GuideDocument.ID, change.getKey().toString());
                if (change.getValue().isPresent()) {
                    writer.updateDocument(id, GuideDocument.of(change.getValue().get()));
                } else {
                    writer.deleteDocuments(id);
                }
            }
        });
    }

    <T> T read(Reading<T> reading) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return reading.read(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Writing writing) {
        try {
            writing.write();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }

    @FunctionalInterface
    interface Reading<T> {
        T read(IndexSearcher searcher) throws IOException;
    }

    @FunctionalInterface
    private interface Writing {
        void write() throws IOException;
    }
}
