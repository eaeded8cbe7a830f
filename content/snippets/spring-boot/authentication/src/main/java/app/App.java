package app;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
public class App {

    @Bean
    SecurityFilterChain security(HttpSecurity http) {
        return http
                .authorizeHttpRequests(auth -> auth.requestMatchers("/login").permitAll().anyRequest().authenticated())
                // An API answers 401 instead of redirecting to a login page.
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                // The JSON login carries no CSRF token (there is no form to put one in).
                .csrf(csrf -> csrf.ignoringRequestMatchers("/login"))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(
                User.withUsername("ada").password(encoder.encode("lovelace")).roles("USER").build());
    }

    record Credentials(String user, String password) {}

    @RestController
    static class AuthController {
        private final AuthenticationManager authManager;
        private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

        AuthController(AuthenticationConfiguration config) throws Exception {
            this.authManager = config.getAuthenticationManager();
        }

        // Checks the password and keeps the authentication in the HTTP session (JSESSIONID cookie).
        @PostMapping("/login")
        Map<String, String> login(@RequestBody Credentials body, HttpServletRequest request, HttpServletResponse response) {
            Authentication auth = authManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(body.user(), body.password()));
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(auth);
            sessions.saveContext(context, request, response);
            return Map.of("user", auth.getName());
        }

        @GetMapping("/me")
        Map<String, String> me(Authentication auth) {
            return Map.of("user", auth.getName());
        }

        @ExceptionHandler(AuthenticationException.class)
        @ResponseStatus(HttpStatus.UNAUTHORIZED)
        void rejected() {}
    }

    public static void main(String[] args) {
        SpringApplication.run(App.class, args);
    }
}
