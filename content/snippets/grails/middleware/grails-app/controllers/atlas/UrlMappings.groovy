package atlas

class UrlMappings {

    static mappings = {
        get "/"(controller: 'status', action: 'index')
        // Unmatched paths are forwarded here, through the interceptor, as the 404 error page.
        "404"(controller: 'status', action: 'notFound')
    }
}
