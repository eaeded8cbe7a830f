package atlas

class Note {

    String text

    static constraints = {
        text blank: false
    }

    static mapping = {
        id generator: 'identity'
        version false
    }
}
