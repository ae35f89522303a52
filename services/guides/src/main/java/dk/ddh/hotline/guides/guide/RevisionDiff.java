package dk.ddh.hotline.guides.guide;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two revisions: the fields, and the body line by line (java-diff-utils' Myers diff), both as
 * structured changes and as a unified diff a browser can colour.
 */
public record RevisionDiff(
        int from,
        int to,
        Change<String> title,
        Change<Audience> audience,
        List<String> systemsAdded,
        List<String> systemsRemoved,
        List<BodyChange> bodyChanges,
        List<String> unifiedBody) {

    private static final int CONTEXT_LINES = 2;

    public static RevisionDiff between(Revision older, Revision newer) {
        GuideContent a = older.content();
        GuideContent b = newer.content();
        List<String> oldLines = a.body().lines().toList();
        List<String> newLines = b.body().lines().toList();
        Patch<String> patch = DiffUtils.diff(oldLines, newLines);
        return new RevisionDiff(
                older.number(),
                newer.number(),
                Change.of(a.title(), b.title()),
                Change.of(a.audience(), b.audience()),
                b.systems().stream().filter(s -> !a.systems().contains(s)).toList(),
                a.systems().stream().filter(s -> !b.systems().contains(s)).toList(),
                patch.getDeltas().stream().map(BodyChange::of).toList(),
                UnifiedDiffUtils.generateUnifiedDiff(
                        "revision " + older.number(), "revision " + newer.number(), oldLines, patch, CONTEXT_LINES));
    }

    /** A field's value before and after, or null when it did not change. */
    public record Change<T>(T from, T to) {

        static <T> Change<T> of(T from, T to) {
            return Objects.equals(from, to) ? null : new Change<>(from, to);
        }
    }

    /**
     * One changed stretch of the body.
     *
     * @param type {@code CHANGE}, {@code DELETE} or {@code INSERT}
     * @param fromLine first line (1-based) of the stretch in the older revision
     * @param toLine first line (1-based) of the stretch in the newer revision
     */
    public record BodyChange(String type, int fromLine, List<String> removed, int toLine, List<String> added) {

        static BodyChange of(AbstractDelta<String> delta) {
            return new BodyChange(
                    delta.getType().name(),
                    delta.getSource().getPosition() + 1,
                    delta.getSource().getLines(),
                    delta.getTarget().getPosition() + 1,
                    delta.getTarget().getLines());
        }
    }
}
