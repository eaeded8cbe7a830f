package main

import (
	"embed"
	"errors"
	"log"
	"net/http"
	"os"
	"strconv"

	"github.com/golang-migrate/migrate/v4"
	_ "github.com/golang-migrate/migrate/v4/database/sqlite3"
	"github.com/golang-migrate/migrate/v4/source/iofs"
	_ "github.com/mattn/go-sqlite3"
	"github.com/zeromicro/go-zero/core/conf"
	"github.com/zeromicro/go-zero/core/stores/sqlx"
	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"
	"github.com/zeromicro/go-zero/rest/pathvar"

	"snippet/model"
)

// note is the JSON form of model.Notes, which goctl generated from the table's DDL.
type note struct {
	ID   uint64 `json:"id"`
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
	notes := model.NewNotesModel(sqlx.NewSqlConn("sqlite3", path))

	var c rest.RestConf
	conf.FillDefault(&c)
	c.Host = "127.0.0.1"
	c.Port, _ = strconv.Atoi(os.Getenv("PORT"))
	c.DevServer.Enabled = false // the metrics and health server would also listen on :6060

	server := rest.MustNewServer(c)
	defer server.Stop()

	server.AddRoute(rest.Route{
		Method: http.MethodPost,
		Path:   "/notes",
		Handler: func(w http.ResponseWriter, r *http.Request) {
			var in struct {
				Text string `json:"text"`
			}
			if err := httpx.Parse(r, &in); err != nil {
				httpx.ErrorCtx(r.Context(), w, err)
				return
			}
			result, err := notes.Insert(r.Context(), &model.Notes{Text: in.Text})
			if err != nil {
				httpx.ErrorCtx(r.Context(), w, err)
				return
			}
			id, _ := result.LastInsertId()
			httpx.WriteJson(w, http.StatusCreated, note{ID: uint64(id), Text: in.Text})
		},
	})
	server.AddRoute(rest.Route{
		Method: http.MethodGet,
		Path:   "/notes/:id",
		Handler: func(w http.ResponseWriter, r *http.Request) {
			id, err := strconv.ParseUint(pathvar.Vars(r)["id"], 10, 64)
			var found *model.Notes
			if err == nil {
				found, err = notes.FindOne(r.Context(), id)
			}
			if err != nil {
				http.NotFound(w, r)
				return
			}
			httpx.OkJson(w, note{ID: found.Id, Text: found.Text})
		},
	})
	server.Start()
}
