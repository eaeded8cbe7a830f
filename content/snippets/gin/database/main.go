package main

import (
	"embed"
	"errors"
	"log"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
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

	r := gin.Default()
	r.POST("/notes", func(c *gin.Context) {
		var in struct {
			Text string `json:"text" binding:"required"`
		}
		if err := c.ShouldBindJSON(&in); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
			return
		}
		note := Note{Text: in.Text}
		if err := db.Create(&note).Error; err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
			return
		}
		c.JSON(http.StatusCreated, note)
	})
	r.GET("/notes/:id", func(c *gin.Context) {
		var uri struct {
			ID uint `uri:"id" binding:"required"`
		}
		var note Note
		if c.ShouldBindUri(&uri) != nil || db.First(&note, uri.ID).Error != nil {
			c.JSON(http.StatusNotFound, gin.H{"error": "no such note"})
			return
		}
		c.JSON(http.StatusOK, note)
	})

	r.Run("127.0.0.1:" + os.Getenv("PORT"))
}
