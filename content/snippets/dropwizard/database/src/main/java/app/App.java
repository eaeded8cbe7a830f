package app;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.hibernate.AbstractDAO;
import io.dropwizard.hibernate.HibernateBundle;
import io.dropwizard.hibernate.UnitOfWork;
import io.dropwizard.migrations.MigrationsBundle;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.hibernate.SessionFactory;

public class App extends Application<App.Config> {

    public static class Config extends Configuration {
        @JsonProperty
        public DataSourceFactory database = new DataSourceFactory();
    }

    @Entity
    @Table(name = "notes")
    public static class Note {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;
        public String text;
    }

    public static class NoteDAO extends AbstractDAO<Note> {
        NoteDAO(SessionFactory sessions) {
            super(sessions);
        }

        Note create(Note note) {
            return persist(note);
        }

        Optional<Note> find(long id) {
            return Optional.ofNullable(get(id));
        }
    }

    @Path("/notes")
    @Produces(MediaType.APPLICATION_JSON)
    public static class NoteResource {
        public record NewNote(String text) {}

        private final NoteDAO notes;

        NoteResource(NoteDAO notes) {
            this.notes = notes;
        }

        // @UnitOfWork opens a Hibernate session and transaction around the method.
        @POST
        @UnitOfWork
        public Response create(NewNote body) {
            var note = new Note();
            note.text = body.text();
            return Response.status(Response.Status.CREATED).entity(notes.create(note)).build();
        }

        @GET
        @Path("/{id}")
        @UnitOfWork
        public Note get(@PathParam("id") long id) {
            return notes.find(id).orElseThrow(NotFoundException::new);
        }
    }

    private final HibernateBundle<Config> hibernate = new HibernateBundle<>(Note.class) {
        @Override
        public DataSourceFactory getDataSourceFactory(Config config) {
            return config.database;
        }
    };

    @Override
    public void initialize(Bootstrap<Config> bootstrap) {
        // config.yml reads DATABASE_PATH and PORT from the environment.
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        // Adds the "db migrate" command, which applies src/main/resources/migrations.xml (Liquibase).
        bootstrap.addBundle(new MigrationsBundle<Config>() {
            @Override
            public DataSourceFactory getDataSourceFactory(Config config) {
                return config.database;
            }
        });
        bootstrap.addBundle(hibernate);
    }

    @Override
    public void run(Config config, Environment environment) {
        environment.jersey().register(new NoteResource(new NoteDAO(hibernate.getSessionFactory())));
    }

    public static void main(String[] args) throws Exception {
        new App().run(args);
    }
}
