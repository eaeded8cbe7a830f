package atlas

class UrlMappings {

    static mappings = {
        post "/login"(controller: 'session', action: 'login')
        get "/me"(controller: 'session', action: 'me')
    }
}
