package atlas

class UrlMappings {

    static mappings = {
        // GET only: other methods and other paths match nothing and answer 404.
        get "/hello/$name"(controller: 'hello', action: 'greet')
    }
}
