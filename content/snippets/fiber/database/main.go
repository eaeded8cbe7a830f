package main

import (
	"embed"
	"errors"
	"log"
	"os"

	"github.com/gofiber/fiber/v3"
	"github.com/golang-migrate/migrate/v4"
	_ "github.com/golang-migrate/migrate/v4/database/sqlite3"
	"github.com/golang-migrate/migrate/v4/source/iofs"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
)

// Note is stored in the "notes" table, which migrations/1_create_notes.up.sql creates.
type Note struct {
	ID   uint   `json:"id"`
	Text string `json:"text"`
}

//go:embed migrations/*.sql
var migrations embed.FS

// migrateUp applies the migrations the database has not seen yet.
func migrateUp(path string) error {
	src, err := iofs.New(migrations, "migrations")
	if err != nil {
		return err
	}
	m, err := migrate.NewWithSourceInstance("iofs", src, "sqlite3://"+path)
	if err != nil {
		return err
	}
	defer m.Close()
	if err := m.Up(); err != nil && !errors.Is(err, migrate.ErrNoChange) {
		return err
	}
	return nil
}

func main() {
	path := os.Getenv("DATABASE_PATH")
	if err := migrateUp(path); err != nil {
		log.Fatal(err)
	}
	db, err := gorm.Open(sqlite.Open(path), &gorm.Config{})
	if err != nil {
		log.Fatal(err)
	}

	app := fiber.New()
	app.Post("/notes", func(c fiber.Ctx) error {
		var in struct {
			Text string `json:"text"`
		}
		if err := c.Bind().JSON(&in); err != nil {
			return err
		}
		note := Note{Text: in.Text}
		if err := db.Create(&note).Error; err != nil {
			return err
		}
		return c.Status(fiber.StatusCreated).JSON(note)
	})
	app.Get("/notes/:id", func(c fiber.Ctx) error {
		var note Note
		if err := db.First(&note, fiber.Params[uint](c, "id")).Error; err != nil {
			return fiber.ErrNotFound
		}
		return c.JSON(note)
	})

	log.Fatal(app.Listen("127.0.0.1:" + os.Getenv("PORT")))
}
