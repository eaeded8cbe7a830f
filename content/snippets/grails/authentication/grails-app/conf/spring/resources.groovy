import atlas.HardCodedUserDetailsService
import org.springframework.http.HttpStatus
import org.springframework.security.web.authentication.HttpStatusEntryPoint

beans = {
    // One hard-coded user instead of the User and Role domain classes s2-quickstart generates.
    userDetailsService(HardCodedUserDetailsService, ref('passwordEncoder'))
    // Answer 401 instead of the plugin's redirect to its login page.
    authenticationEntryPoint(HttpStatusEntryPoint, HttpStatus.UNAUTHORIZED)
}
