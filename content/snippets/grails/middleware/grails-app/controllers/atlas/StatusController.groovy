package atlas

class StatusController {

    def index() {
        render(text: request.getAttribute('requestId') as String, contentType: 'text/plain')
    }

    def notFound() {
        render(status: 404, text: 'Not found', contentType: 'text/plain')
    }
}
