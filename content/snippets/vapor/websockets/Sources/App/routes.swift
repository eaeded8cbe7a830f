import Vapor

func routes(_ app: Application) throws {
    app.webSocket("ws") { _, ws in
        ws.onText { ws, text in
            ws.send(text)
        }
    }
}
