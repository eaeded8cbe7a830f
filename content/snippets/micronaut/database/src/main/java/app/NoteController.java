package app;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.transaction.annotation.Transactional;
import java.util.Optional;

@Controller("/notes")
public class NoteController {
    private final NoteRepository notes;

    NoteController(NoteRepository notes) {
        this.notes = notes;
    }

    @Post
    @Status(HttpStatus.CREATED)
    public Note create(@Body("text") String text) {
        return notes.save(new Note(null, text));
    }

    // An empty Optional answers 404. The read joins a plain transaction because sqlite-jdbc cannot
    // switch an open connection to the read-only mode that finders ask for.
    @Get("/{id}")
    @Transactional
    public Optional<Note> get(long id) {
        return notes.findById(id);
    }
}
