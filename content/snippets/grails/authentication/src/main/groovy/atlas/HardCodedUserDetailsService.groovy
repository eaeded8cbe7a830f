package atlas

import grails.plugin.springsecurity.userdetails.GrailsUserDetailsService
import grails.plugin.springsecurity.userdetails.NoStackUsernameNotFoundException
import org.springframework.security.core.userdetails.User
import org.springframework.security.core.userdetails.UserDetails
import org.springframework.security.crypto.password.PasswordEncoder

class HardCodedUserDetailsService implements GrailsUserDetailsService {

    private final UserDetails ada

    HardCodedUserDetailsService(PasswordEncoder passwordEncoder) {
        // Hashed with the plugin's encoder (bcrypt by default).
        ada = User.withUsername('ada').password(passwordEncoder.encode('lovelace')).roles('USER').build()
    }

    UserDetails loadUserByUsername(String username) {
        if (username != ada.username) throw new NoStackUsernameNotFoundException()
        User.withUserDetails(ada).build() // a copy: Spring Security erases the password of the one it authenticates
    }

    UserDetails loadUserByUsername(String username, boolean loadRoles) {
        loadUserByUsername(username)
    }
}
