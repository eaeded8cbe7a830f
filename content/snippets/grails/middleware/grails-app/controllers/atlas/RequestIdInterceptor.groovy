package atlas

class RequestIdInterceptor {

    RequestIdInterceptor() {
        matchAll() // every request, the forwarded 404 page included
    }

    boolean before() {
        String id = UUID.randomUUID().toString()
        request.setAttribute('requestId', id)
        header('X-Request-Id', id)
        true // go on to the action
    }
}
