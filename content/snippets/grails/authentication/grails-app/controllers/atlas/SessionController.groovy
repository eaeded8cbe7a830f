package atlas

import grails.converters.JSON
import grails.plugin.springsecurity.annotation.Secured
import org.springframework.security.authentication.AuthenticationManager
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken
import org.springframework.security.core.AuthenticationException
import org.springframework.security.core.context.SecurityContextHolder
import org.springframework.security.web.context.SecurityContextRepository

class SessionController {

    AuthenticationManager authenticationManager
    SecurityContextRepository securityContextRepository
    def springSecurityService

    // The plugin's own login filter reads form fields; this action takes the JSON body.
    @Secured('permitAll')
    def login() {
        def credentials = UsernamePasswordAuthenticationToken.unauthenticated(
                request.JSON.user as String, request.JSON.password as String)
        try {
            def context = SecurityContextHolder.createEmptyContext()
            context.authentication = authenticationManager.authenticate(credentials)
            SecurityContextHolder.context = context
            securityContextRepository.saveContext(context, request, response) // into the HTTP session
            render([user: context.authentication.name] as JSON)
        } catch (AuthenticationException ignored) {
            response.status = 401
            render([error: 'invalid user or password'] as JSON)
        }
    }

    @Secured('isAuthenticated()')
    def me() {
        render([user: springSecurityService.principal.username] as JSON)
    }
}
