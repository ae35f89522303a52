package dk.ddh.hotline.support.sample;

import dk.ddh.hotline.contracts.EventType;

record NoteWritten(String noteId, String text) {

    static final String EXCHANGE = "hotline.sample";
    static final String SOURCE = "/hotline/sample";
    static final EventType<NoteWritten> TYPE = new EventType<>("note.written", 1, NoteWritten.class);
}
