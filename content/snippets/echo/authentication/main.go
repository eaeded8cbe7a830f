package main

import (
	"crypto/rand"
	"crypto/subtle"
	"log/slog"
	"net/http"
	"os"
	"sync"

	"github.com/labstack/echo/v5"
	"github.com/labstack/echo/v5/middleware"
)

// Echo checks Basic credentials and API keys but issues nothing, so /login hands out random
// bearer tokens, kept in memory, and middleware.KeyAuth checks them.
var (
	users  = map[string]string{"ada": "lovelace"}
	tokens sync.Map // token -> user name
)

func login(c *echo.Context) error {
	var in struct {
		User     string `json:"user"`
		Password string `json:"password"`
	}
	c.Bind(&in)
	password, known := users[in.User]
	if !known || subtle.ConstantTimeCompare([]byte(in.Password), []byte(password)) != 1 {
		return echo.ErrUnauthorized
	}
	token := rand.Text()
	tokens.Store(token, in.User)
	return c.JSON(http.StatusOK, map[string]string{"token": token})
}

// knownToken is the KeyAuth validator: it accepts tokens /login handed out (read from
// "Authorization: Bearer …") and stores their user in the context.
func knownToken(c *echo.Context, token string, _ middleware.ExtractorSource) (bool, error) {
	user, found := tokens.Load(token)
	if found {
		c.Set("user", user)
	}
	return found, nil
}

func main() {
	e := echo.New()
	e.POST("/login", login)
	e.GET("/me", func(c *echo.Context) error {
		return c.JSON(http.StatusOK, map[string]any{"user": c.Get("user")})
	}, middleware.KeyAuth(knownToken))

	if err := e.Start("127.0.0.1:" + os.Getenv("PORT")); err != nil {
		slog.Error("failed to start server", "error", err)
	}
}
