package app;

import io.helidon.http.Status;
import io.helidon.service.registry.Services;
import io.helidon.webserver.WebServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.flywaydb.core.Flyway;

public class Main {
    public static void main(String[] args) {
        // Helidon has no migration tool: Flyway applies db/migration/V1__create_notes.sql first.
        Flyway.configure()
                .dataSource("jdbc:sqlite:" + System.getenv("DATABASE_PATH"), null, null)
                .load()
                .migrate();

        NoteRepository notes = Services.get(NoteRepository.class);
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        WebServer.builder()
                .host("127.0.0.1")
                .port(port)
                .routing(routing -> routing
                        .post("/notes", (req, res) -> {
                            String text = req.content().as(JsonObject.class).getString("text");
                            Note note = notes.insert(new Note(text));
                            res.status(Status.CREATED_201).send(json(note));
                        })
                        .get("/notes/{id}", (req, res) -> {
                            long id = Long.parseLong(req.path().pathParameters().get("id"));
                            notes.findById(id).ifPresentOrElse(
                                    note -> res.send(json(note)),
                                    () -> res.status(Status.NOT_FOUND_404).send());
                        }))
                .build()
                .start();
    }

    static JsonObject json(Note note) {
        return Json.createObjectBuilder().add("id", note.id).add("text", note.text).build();
    }
}
