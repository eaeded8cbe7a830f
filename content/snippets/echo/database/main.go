package main

import (
	"embed"
	"errors"
	"log"
	"log/slog"
	"net/http"
	"os"

	"github.com/golang-migrate/migrate/v4"
	_ "github.com/golang-migrate/migrate/v4/database/sqlite3"
	"github.com/golang-migrate/migrate/v4/source/iofs"
	"github.com/labstack/echo/v5"
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

	e := echo.New()
	e.POST("/notes", func(c *echo.Context) error {
		var in struct {
			Text string `json:"text"`
		}
		if err := c.Bind(&in); err != nil {
			return err
		}
		note := Note{Text: in.Text}
		if err := db.Create(&note).Error; err != nil {
			return err
		}
		return c.JSON(http.StatusCreated, note)
	})
	e.GET("/notes/:id", func(c *echo.Context) error {
		id, err := echo.PathParam[uint](c, "id")
		var note Note
		if err != nil || db.First(&note, id).Error != nil {
			return echo.ErrNotFound
		}
		return c.JSON(http.StatusOK, note)
	})

	if err := e.Start("127.0.0.1:" + os.Getenv("PORT")); err != nil {
		slog.Error("failed to start server", "error", err)
	}
}
