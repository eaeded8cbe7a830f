package main

import (
	"log"
	"net/http"
	"os"
	"strconv"

	"github.com/beego/beego/v2/client/orm"
	"github.com/beego/beego/v2/client/orm/migration"
	"github.com/beego/beego/v2/server/web"
	"github.com/beego/beego/v2/server/web/context"
	_ "github.com/mattn/go-sqlite3"
)

// Note maps to the "note" table, which the migration in create_note_table.go creates.
type Note struct {
	Id   int64  `json:"id"`
	Text string `json:"text"`
}

// bee migrate records applied migrations in a "migrations" table, but creates it only on MySQL
// and PostgreSQL, so for SQLite it is created here before migration.Upgrade runs.
const migrationsTable = `CREATE TABLE IF NOT EXISTS migrations (
	id_migration INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT,
	created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
	statements TEXT, rollback_statements TEXT, status TEXT)`

func reply(ctx *context.Context, status int, body any) {
	ctx.Output.SetStatus(status)
	ctx.Output.JSON(body, false, false)
}

func main() {
	orm.RegisterModel(new(Note))
	if err := orm.RegisterDataBase("default", "sqlite3", os.Getenv("DATABASE_PATH")); err != nil {
		log.Fatal(err)
	}
	if _, err := orm.NewOrm().Raw(migrationsTable).Exec(); err != nil {
		log.Fatal(err)
	}
	if err := migration.Upgrade(0); err != nil {
		log.Fatal(err)
	}

	web.BConfig.CopyRequestBody = true // BindJSON reads the copied body
	web.Post("/notes", func(ctx *context.Context) {
		var note Note
		if err := ctx.BindJSON(&note); err != nil {
			reply(ctx, http.StatusBadRequest, map[string]string{"error": err.Error()})
			return
		}
		note.Id = 0
		if _, err := orm.NewOrm().Insert(&note); err != nil {
			reply(ctx, http.StatusInternalServerError, map[string]string{"error": err.Error()})
			return
		}
		reply(ctx, http.StatusCreated, note)
	})
	web.Get("/notes/:id", func(ctx *context.Context) {
		id, err := strconv.ParseInt(ctx.Input.Param(":id"), 10, 64)
		note := Note{Id: id}
		if err != nil || orm.NewOrm().Read(&note) != nil {
			reply(ctx, http.StatusNotFound, map[string]string{"error": "no such note"})
			return
		}
		reply(ctx, http.StatusOK, note)
	})
	web.Run("127.0.0.1:" + os.Getenv("PORT"))
}
