package main

import (
	"log/slog"
	"net/http"
	"os"

	"github.com/labstack/echo/v5"
)

func main() {
	e := echo.New()
	e.GET("/hello/:name", func(c *echo.Context) error {
		return c.JSON(http.StatusOK, map[string]string{"message": "Hello, " + c.Param("name")})
	})

	if err := e.Start("127.0.0.1:" + os.Getenv("PORT")); err != nil {
		slog.Error("failed to start server", "error", err)
	}
}
