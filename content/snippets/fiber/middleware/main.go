package main

import (
	"crypto/rand"
	"log"
	"os"

	"github.com/gofiber/fiber/v3"
)

func main() {
	app := fiber.New()

	// Runs for every request, so Fiber's own 404s carry the header too; Locals hands the id on.
	app.Use(func(c fiber.Ctx) error {
		id := rand.Text()
		c.Locals("requestID", id)
		c.Set(fiber.HeaderXRequestID, id)
		return c.Next()
	})

	app.Get("/", func(c fiber.Ctx) error {
		return c.SendString(c.Locals("requestID").(string))
	})

	log.Fatal(app.Listen("127.0.0.1:" + os.Getenv("PORT")))
}
