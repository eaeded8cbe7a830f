package atlas

class UrlMappings {

    static mappings = {
        post "/users"(controller: 'user', action: 'save')
    }
}
