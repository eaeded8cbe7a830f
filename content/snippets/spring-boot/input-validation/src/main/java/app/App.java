package app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
public class App {

    record User(@NotBlank String name, @NotNull @PositiveOrZero Integer age) {}

    @RestController
    static class UserController {
        @PostMapping("/users")
        @ResponseStatus(HttpStatus.CREATED)
        User create(@Valid @RequestBody User user) {
            return user;
        }

        @ExceptionHandler
        ResponseEntity<Map<String, String>> invalid(MethodArgumentNotValidException e) {
            var errors = e.getBindingResult().getFieldErrors().stream()
                    .collect(Collectors.toMap(FieldError::getField, FieldError::getDefaultMessage, (a, b) -> a));
            return ResponseEntity.badRequest().body(errors);
        }

        // A value of the wrong type ("age": "old") fails in Jackson before validation runs; name
        // the field Jackson stopped at.
        @ExceptionHandler
        ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
            if (e.getCause() instanceof JacksonException j && !j.getPath().isEmpty()) {
                return ResponseEntity.badRequest().body(Map.of(j.getPath().getLast().getPropertyName(), "wrong type"));
            }
            return ResponseEntity.badRequest().body(Map.of("body", "not readable as JSON"));
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(App.class, args);
    }
}
