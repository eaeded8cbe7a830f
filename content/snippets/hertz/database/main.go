package main

import (
	"context"
	"embed"
	"errors"
	"log"
	"os"
	"strconv"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/cloudwego/hertz/pkg/common/utils"
	"github.com/cloudwego/hertz/pkg/protocol/consts"
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

	h := server.New(server.WithHostPorts("127.0.0.1:" + os.Getenv("PORT")))
	h.POST("/notes", func(ctx context.Context, c *app.RequestContext) {
		var in struct {
			Text string `json:"text"`
		}
		if err := c.BindJSON(&in); err != nil {
			c.JSON(consts.StatusBadRequest, utils.H{"error": err.Error()})
			return
		}
		note := Note{Text: in.Text}
		if err := db.WithContext(ctx).Create(&note).Error; err != nil {
			c.JSON(consts.StatusInternalServerError, utils.H{"error": err.Error()})
			return
		}
		c.JSON(consts.StatusCreated, note)
	})
	h.GET("/notes/:id", func(ctx context.Context, c *app.RequestContext) {
		id, err := strconv.Atoi(c.Param("id"))
		var note Note
		if err != nil || db.WithContext(ctx).First(&note, id).Error != nil {
			c.JSON(consts.StatusNotFound, utils.H{"error": "no such note"})
			return
		}
		c.JSON(consts.StatusOK, note)
	})
	h.Spin()
}
