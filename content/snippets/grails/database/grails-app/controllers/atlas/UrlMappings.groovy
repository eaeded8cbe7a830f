package atlas

class UrlMappings {

    static mappings = {
        post "/notes"(controller: 'note', action: 'save')
        get "/notes/$id"(controller: 'note', action: 'show')
    }
}
