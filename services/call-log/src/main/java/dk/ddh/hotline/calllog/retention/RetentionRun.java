package dk.ddh.hotline.calllog.retention;

import java.time.Instant;
import java.util.UUID;

/**
 * One run of the retention job.
 *
 * @param startedBy {@code schedule} or the operator who started it
 * @param notesBefore notes of contacts offered before this were erased
 * @param reduceBefore contacts offered before this were reduced to statistics
 */
public record RetentionRun(
        UUID id,
        Instant startedAt,
        Instant finishedAt,
        String startedBy,
        Instant notesBefore,
        Instant reduceBefore,
        int notesErased,
        int contactsReduced) {}
