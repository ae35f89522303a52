package dk.ddh.hotline.guides.guide;

import dk.ddh.hotline.guides.guide.GuidesProperties.ChecklistItem;
import dk.ddh.hotline.support.problem.InvalidRequestException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** DDH's quality checklist: a revision is published only with every item ticked. */
@Component
public class Checklist {

    private final List<ChecklistItem> items;

    Checklist(GuidesProperties properties) {
        this.items = properties.checklist();
    }

    public List<ChecklistItem> items() {
        return items;
    }

    /**
     * @throws InvalidRequestException {@code unknown-checklist-item} for a ticked item the checklist does not have
     * @throws WorkflowConflict {@code checklist-incomplete} listing the items not ticked
     */
    void requireComplete(Set<String> ticked) {
        Set<String> ids = new LinkedHashSet<>();
        items.forEach(item -> ids.add(item.id()));
        List<String> unknown =
                ticked.stream().filter(id -> !ids.contains(id)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException(
                    "unknown-checklist-item", "The checklist has no item(s) " + unknown, Map.of("unknown", unknown));
        }
        List<String> missing = ids.stream().filter(id -> !ticked.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw new WorkflowConflict(
                    "checklist-incomplete",
                    "Every item of the quality checklist must be ticked to publish; missing: " + missing,
                    Map.of("missing", missing));
        }
    }
}
