package app;

import io.javalin.Javalin;
import io.javalin.http.NotFoundResponse;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

public class App {
    public static void main(String[] args) {
        var url = "jdbc:sqlite:" + System.getenv("DATABASE_PATH");
        // Flyway applies db/migration/V1__create_notes.sql; Hibernate only maps the table.
        Flyway.configure().dataSource(url, null, null).load().migrate();
        SessionFactory db = new HibernatePersistenceConfiguration("notes")
            .managedClass(Note.class)
            .jdbcUrl(url)
            .createEntityManagerFactory();

        var app = Javalin.create(config -> {
            config.routes.post("/notes", ctx -> {
                var note = ctx.bodyAsClass(Note.class);
                db.inTransaction(session -> session.persist(note));
                ctx.status(201).json(note);
            });
            config.routes.get("/notes/{id}", ctx -> {
                var note = db.fromTransaction(session -> session.find(Note.class, ctx.pathParamAsClass("id", Integer.class).get()));
                if (note == null) throw new NotFoundResponse();
                ctx.json(note);
            });
        });
        app.start("127.0.0.1", Integer.parseInt(System.getenv("PORT")));
    }
}
