package dk.ddh.hotline.guides.search;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** The fields of a guide in the index: searched text, the scope's filters, and what a hit shows. */
final class GuideDocument {

    static final String COMMON = "common";
    static final String ID = "id";
    static final String REVISION = "revision";
    static final String OWNER = "owner";
    static final String AUDIENCE = "audience";
    /** Each system as written, for the {@code system} filter and the hit. */
    static final String SYSTEM = "system";
    /** Each system's whole name in lower case: a query naming it exactly weighs most. */
    static final String SYSTEM_NAME = "system_name";

    static final String SYSTEMS = "systems";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String SPELLING = "spelling";
    static final String TITLE_ORDER = "title_order";

    /** Title and body keep their words' offsets, so highlighting reads them instead of analysing the text again. */
    private static final FieldType MARKABLE_TEXT = markableText();

    private GuideDocument() {}

    static Document of(IndexedGuide guide) {
        Document doc = new Document();
        doc.add(new StringField(ID, guide.guideId().toString(), Store.YES));
        doc.add(new StoredField(REVISION, guide.revision()));
        doc.add(new StringField(OWNER, guide.owner(), Store.YES));
        doc.add(new StringField(AUDIENCE, guide.audience(), Store.YES));
        for (String system : guide.systems()) {
            doc.add(new StringField(SYSTEM, system, Store.YES));
            doc.add(new StringField(SYSTEM_NAME, systemName(system), Store.NO));
        }
        String systems = String.join(" ; ", guide.systems());
        doc.add(new TextField(SYSTEMS, systems, Store.NO));
        doc.add(new Field(TITLE, guide.title(), MARKABLE_TEXT));
        doc.add(new Field(BODY, guide.body(), MARKABLE_TEXT));
        doc.add(new TextField(SPELLING, guide.title() + " " + systems + " " + guide.body(), Store.NO));
        doc.add(new SortedDocValuesField(TITLE_ORDER, new BytesRef(guide.title().toLowerCase(Locale.ROOT))));
        return doc;
    }

    static IndexedGuide from(Document doc) {
        return new IndexedGuide(
                UUID.fromString(doc.get(ID)),
                doc.getField(REVISION).numericValue().intValue(),
                doc.get(OWNER),
                doc.get(TITLE),
                doc.get(BODY),
                List.of(doc.getValues(SYSTEM)),
                doc.get(AUDIENCE));
    }

    private static FieldType markableText() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** A system's name as matched: lower case, single spaces ("Digital  Post" → "digital post"). */
    static String systemName(String text) {
        return String.join(" ", text.toLowerCase(Locale.ROOT).strip().split("\\s+"));
    }
}
