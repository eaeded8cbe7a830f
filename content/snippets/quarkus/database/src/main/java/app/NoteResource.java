package app;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/notes")
public class NoteResource {

    public record NewNote(String text) {}

    @POST
    @Transactional
    @ResponseStatus(201)
    public Note create(NewNote body) {
        var note = new Note();
        note.text = body.text();
        note.persist();
        return note;
    }

    @GET
    @Path("/{id}")
    public Note get(Long id) {
        return Note.<Note>findByIdOptional(id).orElseThrow(NotFoundException::new);
    }
}
