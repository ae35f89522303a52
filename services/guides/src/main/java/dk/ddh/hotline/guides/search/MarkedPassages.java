package dk.ddh.hotline.guides.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.springframework.web.util.HtmlUtils;

/**
 * Passages (lines) of a guide's text as safe HTML: the guide's own text HTML-escaped, only the matches wrapped in {@code
 * <mark>}, passages joined by " … ".
 */
final class MarkedPassages extends PassageFormatter {

    private static final String ELLIPSIS = " … ";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder all = new StringBuilder();
        for (Passage passage : passages) {
            StringBuilder html = new StringBuilder();
            int at = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(at, passage.getMatchStarts()[i]);
                int end = passage.getMatchEnds()[i];
                if (end <= start) {
                    continue; // a compound's part has the compound's offsets: it is marked once
                }
                escaped(html, content, at, start);
                html.append("<mark>");
                escaped(html, content, start, end);
                html.append("</mark>");
                at = end;
            }
            escaped(html, content, at, Math.max(at, passage.getEndOffset()));
            if (!all.isEmpty()) {
                all.append(ELLIPSIS);
            }
            all.append(html.toString().strip());
        }
        return all.toString();
    }

    private static void escaped(StringBuilder html, String content, int from, int to) {
        html.append(HtmlUtils.htmlEscape(content.substring(from, to), "UTF-8"));
    }
}
