package main

import (
	"crypto/rand"
	"log/slog"
	"net/http"
	"os"

	"github.com/labstack/echo/v5"
)

// requestID tags every response, including Echo's own 404s.
func requestID(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		c.Response().Header().Set(echo.HeaderXRequestID, rand.Text())
		return next(c)
	}
}

func main() {
	e := echo.New()
	e.Use(requestID)
	e.GET("/", func(c *echo.Context) error {
		return c.String(http.StatusOK, "ok")
	})

	if err := e.Start("127.0.0.1:" + os.Getenv("PORT")); err != nil {
		slog.Error("failed to start server", "error", err)
	}
}
