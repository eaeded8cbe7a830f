package atlas

import grails.converters.JSON
import grails.validation.Validateable

class UserCommand implements Validateable {
    String name
    Integer age

    static constraints = {
        name blank: false
        age min: 0
    }
}

class UserController {

    // Grails binds the JSON body to the command object and validates it before the action runs;
    // a wrong type ("age": "old") is kept as a binding error on that field.
    def save(UserCommand user) {
        if (user.hasErrors()) {
            response.status = 422
            def bad = user.errors.fieldErrors.collect { [field: it.field, code: it.code] }
            render([errors: bad] as JSON)
            return
        }
        response.status = 201
        render([name: user.name, age: user.age] as JSON)
    }
}
