package app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
public class App {

    record NewNote(String text) {}

    @RestController
    static class NoteController {
        private final NoteRepository notes;

        NoteController(NoteRepository notes) {
            this.notes = notes;
        }

        @PostMapping("/notes")
        @ResponseStatus(HttpStatus.CREATED)
        Note create(@RequestBody NewNote body) {
            return notes.save(new Note(body.text()));
        }

        @GetMapping("/notes/{id}")
        ResponseEntity<Note> get(@PathVariable long id) {
            return ResponseEntity.of(notes.findById(id));
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(App.class, args);
    }
}
