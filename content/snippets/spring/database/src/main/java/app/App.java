package app;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.servlet.support.AbstractAnnotationConfigDispatcherServletInitializer;
import org.sqlite.SQLiteDataSource;

public class App extends AbstractAnnotationConfigDispatcherServletInitializer {

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

    @Configuration
    @EnableWebMvc
    @EnableJpaRepositories
    @ComponentScan
    static class AppConfig {
        @Bean
        DataSource dataSource() {
            var dataSource = new SQLiteDataSource();
            dataSource.setUrl("jdbc:sqlite:" + System.getenv("DATABASE_PATH"));
            return dataSource;
        }

        // Without Spring Boot, Flyway runs because this bean calls migrate() when it starts.
        @Bean(initMethod = "migrate")
        Flyway flyway(DataSource dataSource) {
            return Flyway.configure().dataSource(dataSource).load();
        }

        // Hibernate maps the tables that Flyway created; it creates none itself.
        @Bean
        @DependsOn("flyway")
        LocalContainerEntityManagerFactoryBean entityManagerFactory(DataSource dataSource) {
            var factory = new LocalContainerEntityManagerFactoryBean();
            factory.setDataSource(dataSource);
            factory.setPackagesToScan("app");
            factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
            return factory;
        }

        @Bean
        JpaTransactionManager transactionManager(EntityManagerFactory emf) {
            return new JpaTransactionManager(emf);
        }
    }

    @Override
    protected Class<?>[] getRootConfigClasses() { return null; }

    @Override
    protected Class<?>[] getServletConfigClasses() { return new Class<?>[] { AppConfig.class }; }

    @Override
    protected String[] getServletMappings() { return new String[] { "/" }; }
}
