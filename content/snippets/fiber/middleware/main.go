package main

import (
	"crypto/rand"
	"log"
	"os"

	"github.com/gofiber/fiber/v3"
)

func main() {
	app := fiber.New()

	// Runs for every request, so Fiber's own 404s carry the header too.
	app.Use(func(c fiber.Ctx) error {
		c.Set(fiber.HeaderXRequestID, rand.Text())
		return c.Next()
	})

	app.Get("/", func(c fiber.Ctx) error {
		return c.SendString("ok")
	})

	log.Fatal(app.Listen("127.0.0.1:" + os.Getenv("PORT")))
}
