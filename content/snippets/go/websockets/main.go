package main

import (
	"log"
	"net/http"
	"os"

	"golang.org/x/net/websocket"
)

func echo(ws *websocket.Conn) {
	for {
		var msg string
		if err := websocket.Message.Receive(ws, &msg); err != nil {
			return
		}
		if err := websocket.Message.Send(ws, msg); err != nil {
			return
		}
	}
}

func main() {
	mux := http.NewServeMux()
	// websocket.Server, unlike websocket.Handler, also accepts clients that send no Origin header.
	mux.Handle("/ws", websocket.Server{Handler: echo})

	log.Fatal(http.ListenAndServe("127.0.0.1:"+os.Getenv("PORT"), mux))
}
