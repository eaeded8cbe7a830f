package atlas

import grails.converters.JSON
import grails.gorm.transactions.Transactional

class NoteController {

    @Transactional
    def save() {
        def note = new Note(text: request.JSON.text)
        if (!note.save(flush: true)) {
            response.status = 422
            render([errors: note.errors.fieldErrors*.field] as JSON)
            return
        }
        response.status = 201
        render([id: note.id, text: note.text] as JSON)
    }

    def show(Long id) {
        def note = id ? Note.get(id) : null
        if (!note) {
            response.status = 404
            render([error: 'not found'] as JSON)
            return
        }
        render([id: note.id, text: note.text] as JSON)
    }
}
