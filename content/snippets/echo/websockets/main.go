package main

import (
	"log/slog"
	"os"

	"github.com/gorilla/websocket"
	"github.com/labstack/echo/v5"
)

var upgrader = websocket.Upgrader{}

func echoMessages(c *echo.Context) error {
	conn, err := upgrader.Upgrade(c.Response(), c.Request(), nil)
	if err != nil {
		return err
	}
	defer conn.Close()
	for {
		kind, msg, err := conn.ReadMessage()
		if err != nil {
			return nil
		}
		if err := conn.WriteMessage(kind, msg); err != nil {
			return nil
		}
	}
}

func main() {
	e := echo.New()
	e.GET("/ws", echoMessages)

	if err := e.Start("127.0.0.1:" + os.Getenv("PORT")); err != nil {
		slog.Error("failed to start server", "error", err)
	}
}
