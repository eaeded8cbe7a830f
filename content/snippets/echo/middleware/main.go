package main

import (
	"crypto/rand"
	"log/slog"
	"net/http"
	"os"

	"github.com/labstack/echo/v5"
)

// requestID tags every response, including Echo's own 404s, and stores the id in the context.
func requestID(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		id := rand.Text()
		c.Set("requestID", id)
		c.Response().Header().Set(echo.HeaderXRequestID, id)
		return next(c)
	}
}

func main() {
	e := echo.New()
	e.Use(requestID)
	e.GET("/", func(c *echo.Context) error {
		return c.String(http.StatusOK, c.Get("requestID").(string))
	})

	if err := e.Start("127.0.0.1:" + os.Getenv("PORT")); err != nil {
		slog.Error("failed to start server", "error", err)
	}
}
