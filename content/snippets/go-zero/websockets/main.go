package main

import (
	"net/http"
	"os"
	"strconv"

	"github.com/gorilla/websocket"
	"github.com/zeromicro/go-zero/core/conf"
	"github.com/zeromicro/go-zero/rest"
)

var upgrader = websocket.Upgrader{}

// echo upgrades the request in an ordinary route handler; go-zero's timeout handler
// leaves WebSocket upgrades alone.
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
	var c rest.RestConf
	conf.FillDefault(&c)
	c.Host = "127.0.0.1"
	c.Port, _ = strconv.Atoi(os.Getenv("PORT"))
	c.DevServer.Enabled = false // the metrics and health server would also listen on :6060

	server := rest.MustNewServer(c)
	defer server.Stop()

	server.AddRoute(rest.Route{Method: http.MethodGet, Path: "/ws", Handler: echo})
	server.Start()
}
