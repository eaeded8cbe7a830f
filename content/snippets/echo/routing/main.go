package main

import (
	"log/slog"
	"net/http"
	"os"
	"strings"

	"github.com/labstack/echo/v5"
)

func main() {
	e := echo.New()
	e.GET("/hello/:name", func(c *echo.Context) error {
		// A parameter at the end of a route takes the rest of the path, slashes included.
		if strings.Contains(c.Param("name"), "/") {
			return echo.ErrNotFound
		}
		return c.JSON(http.StatusOK, map[string]string{"message": "Hello, " + c.Param("name")})
	})

	if err := e.Start("127.0.0.1:" + os.Getenv("PORT")); err != nil {
		slog.Error("failed to start server", "error", err)
	}
}
