package app;

import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ValidationUtils;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.servlet.support.AbstractAnnotationConfigDispatcherServletInitializer;

public class App extends AbstractAnnotationConfigDispatcherServletInitializer {

    record User(String name, Integer age) {}

    // Spring's own Validator interface: rules in code, no Bean Validation provider needed.
    static class UserValidator implements Validator {
        @Override
        public boolean supports(Class<?> type) { return User.class.equals(type); }

        @Override
        public void validate(Object target, Errors errors) {
            ValidationUtils.rejectIfEmptyOrWhitespace(errors, "name", "required", "must not be empty");
            Integer age = ((User) target).age();
            if (age == null || age < 0) errors.rejectValue("age", "min", "must be an integer of 0 or more");
        }
    }

    @RestController
    static class UserController {
        @InitBinder("user")
        void validators(WebDataBinder binder) {
            binder.addValidators(new UserValidator());
        }

        @PostMapping("/users")
        @ResponseStatus(HttpStatus.CREATED)
        User create(@Validated @RequestBody User user) {
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

    @Configuration
    @EnableWebMvc
    @ComponentScan
    static class WebConfig {}

    @Override
    protected Class<?>[] getRootConfigClasses() { return null; }

    @Override
    protected Class<?>[] getServletConfigClasses() { return new Class<?>[] { WebConfig.class }; }

    @Override
    protected String[] getServletMappings() { return new String[] { "/" }; }
}
