package atlas

import grails.converters.JSON

class HelloController {

    // $name from the mapping binds to the argument, already percent-decoded.
    def greet(String name) {
        render([message: "Hello, ${name}"] as JSON)
    }
}
