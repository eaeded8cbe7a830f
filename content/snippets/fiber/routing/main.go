package main

import (
	"log"
	"os"

	"github.com/gofiber/fiber/v3"
)

func main() {
	// Fiber leaves %-escapes in path parameters unless asked to decode them.
	app := fiber.New(fiber.Config{UnescapePath: true})
	app.Get("/hello/:name", func(c fiber.Ctx) error {
		return c.JSON(fiber.Map{"message": "Hello, " + c.Params("name")})
	})

	log.Fatal(app.Listen("127.0.0.1:" + os.Getenv("PORT")))
}
