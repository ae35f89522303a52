package dk.ddh.hotline.support.sample;

import dk.ddh.hotline.contracts.EventEnvelope;
import dk.ddh.hotline.contracts.Role;
import dk.ddh.hotline.support.cpr.NoCpr;
import dk.ddh.hotline.support.outbox.EventOutbox;
import dk.ddh.hotline.support.problem.ConflictException;
import dk.ddh.hotline.support.problem.ForbiddenException;
import dk.ddh.hotline.support.problem.NotFoundException;
import dk.ddh.hotline.support.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Notes of a member: written by the member's admins, each write published as an event through the outbox. */
@RestController
class NoteController {

    private final JdbcClient jdbc;
    private final EventOutbox outbox;

    NoteController(JdbcClient jdbc, EventOutbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @PostMapping("/members/{memberId}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    NoteRequest write(@PathVariable String memberId, @Valid @RequestBody NoteRequest note) {
        if (!Caller.current().mayActFor(memberId, Role.MEMBER_ADMIN)) {
            throw new ForbiddenException("You may only write your own member's notes");
        }
        if (jdbc.sql("select count(*) from note where id = :id")
                        .param("id", note.id())
                        .query(Integer.class)
                        .single()
                > 0) {
            throw new ConflictException("note-exists", "Note " + note.id() + " exists", Map.of("noteId", note.id()));
        }
        jdbc.sql("insert into note (id, text, kind) values (:id, :text, :kind)")
                .param("id", note.id())
                .param("text", note.text())
                .param("kind", note.kind().name())
                .update();
        outbox.append(
                NoteWritten.EXCHANGE,
                EventEnvelope.of(
                        NoteWritten.SOURCE, NoteWritten.TYPE, note.id(), new NoteWritten(note.id(), note.text())));
        if (note.text().equals("roll back")) {
            throw new IllegalStateException("rolled back after the event was appended");
        }
        return note;
    }

    /** Open to anyone: the sample's public path ({@code hotline.security.public-paths}). */
    @GetMapping("/public/notes/count")
    int count() {
        return jdbc.sql("select count(*) from note").query(Integer.class).single();
    }

    @GetMapping("/notes/{id}")
    NoteRequest read(@PathVariable String id) {
        return jdbc.sql("select id, text, kind from note where id = :id")
                .param("id", id)
                .query(NoteRequest.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("note", id));
    }

    enum Kind {
        CALL,
        CHAT
    }

    record NoteRequest(
            @NotBlank String id,
            @NotBlank @NoCpr String text,
            @NotNull Kind kind) {}
}
