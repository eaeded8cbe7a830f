package main

import (
	"crypto/rand"
	"crypto/subtle"
	"log"
	"os"
	"sync"

	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/keyauth"
)

// Fiber checks Basic credentials and API keys but issues nothing, so /login hands out random
// bearer tokens, kept in memory, and the keyauth middleware checks them.
var (
	users  = map[string]string{"ada": "lovelace"}
	tokens sync.Map // token -> user name
)

func login(c fiber.Ctx) error {
	var in struct {
		User     string `json:"user"`
		Password string `json:"password"`
	}
	c.Bind().JSON(&in)
	password, known := users[in.User]
	if !known || subtle.ConstantTimeCompare([]byte(in.Password), []byte(password)) != 1 {
		return fiber.ErrUnauthorized
	}
	token := rand.Text()
	tokens.Store(token, in.User)
	return c.JSON(fiber.Map{"token": token})
}

func main() {
	app := fiber.New()
	app.Post("/login", login)

	// keyauth reads "Authorization: Bearer …" and answers 401 unless the validator accepts it.
	requireToken := keyauth.New(keyauth.Config{
		Validator: func(c fiber.Ctx, token string) (bool, error) {
			user, found := tokens.Load(token)
			if found {
				c.Locals("user", user)
			}
			return found, nil
		},
	})
	app.Get("/me", requireToken, func(c fiber.Ctx) error {
		return c.JSON(fiber.Map{"user": c.Locals("user")})
	})

	log.Fatal(app.Listen("127.0.0.1:" + os.Getenv("PORT")))
}
