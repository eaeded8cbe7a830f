package main

import (
	"net/http"
	"os"

	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/cloudwego/hertz/pkg/common/adaptor"
	"github.com/gorilla/websocket"
)

var upgrader = websocket.Upgrader{}

// echo is a plain net/http handler: Hertz's adaptor hands it the hijackable connection.
func echo(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer conn.Close()
	for {
		kind, msg, err := conn.ReadMessage()
		if err != nil {
			return
		}
		if err := conn.WriteMessage(kind, msg); err != nil {
			return
		}
	}
}

func main() {
	h := server.New(server.WithHostPorts("127.0.0.1:" + os.Getenv("PORT")))
	h.GET("/ws", adaptor.HertzHandler(http.HandlerFunc(echo)))
	h.Spin()
}
