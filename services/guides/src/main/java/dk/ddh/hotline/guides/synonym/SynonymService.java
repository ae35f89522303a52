package dk.ddh.hotline.guides.synonym;

import dk.ddh.hotline.guides.synonym.SynonymChange.Action;
import dk.ddh.hotline.support.problem.NotFoundException;
import dk.ddh.hotline.support.web.PageResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The synonym groups search expands queries with. Every change is audited; the search index learns of it from the
 * database (a trigger), so each instance of the service uses it from its next search on.
 */
@Service
public class SynonymService {

    private final Synonyms synonyms;
    private final Clock clock;

    SynonymService(Synonyms synonyms, Clock clock) {
        this.synonyms = synonyms;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Synonym> all() {
        return synonyms.all();
    }

    @Transactional(readOnly = true)
    public PageResponse<Synonym> page(int page, int size) {
        return synonyms.page(page, size);
    }

    @Transactional
    public Synonym create(List<String> phrases, List<String> alsoFinds, String by) {
        Synonym synonym = Synonym.of(UUID.randomUUID(), phrases, alsoFinds, by, now());
        synonyms.save(synonym);
        audit(Action.CREATED, synonym);
        return synonym;
    }

    /** @throws NotFoundException for an unknown group */
    @Transactional
    public Synonym replace(UUID id, List<String> phrases, List<String> alsoFinds, String by) {
        existing(id, true);
        Synonym synonym = Synonym.of(id, phrases, alsoFinds, by, now());
        synonyms.save(synonym);
        audit(Action.UPDATED, synonym);
        return synonym;
    }

    /** @throws NotFoundException for an unknown group */
    @Transactional
    public void delete(UUID id, String by) {
        Synonym synonym = existing(id, true);
        synonyms.delete(id);
        audit(Action.DELETED, new Synonym(id, synonym.phrases(), synonym.alsoFinds(), by, now()));
    }

    /** @throws NotFoundException for a group that never existed */
    @Transactional(readOnly = true)
    public List<SynonymChange> history(UUID id) {
        List<SynonymChange> history = synonyms.history(id);
        if (history.isEmpty()) {
            throw new NotFoundException("synonym", id);
        }
        return history;
    }

    private Synonym existing(UUID id, boolean lock) {
        return synonyms.find(id, lock).orElseThrow(() -> new NotFoundException("synonym", id));
    }

    private void audit(Action action, Synonym synonym) {
        synonyms.audit(
                synonym.id(),
                new SynonymChange(
                        action, synonym.phrases(), synonym.alsoFinds(), synonym.changedBy(), synonym.changedAt()));
    }

    private Instant now() {
        return clock.instant();
    }
}
