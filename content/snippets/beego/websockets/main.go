package main

import (
	"os"

	"github.com/beego/beego/v2/server/web"
	"github.com/beego/beego/v2/server/web/context"
	"github.com/gorilla/websocket"
)

var upgrader = websocket.Upgrader{}

func main() {
	// Beego's response writer supports hijacking, so gorilla/websocket can take over the connection.
	web.Get("/ws", func(ctx *context.Context) {
		conn, err := upgrader.Upgrade(ctx.ResponseWriter, ctx.Request, nil)
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
	})
	web.Run("127.0.0.1:" + os.Getenv("PORT"))
}
