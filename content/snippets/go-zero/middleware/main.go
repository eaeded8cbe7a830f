package main

import (
	"context"
	"crypto/rand"
	"net/http"
	"os"
	"strconv"

	"github.com/zeromicro/go-zero/core/conf"
	"github.com/zeromicro/go-zero/rest"
)

type ctxKey struct{}

// requestID gives each request a fresh id in its context and in the X-Request-Id header,
// before the next handler runs.
func requestID(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := rand.Text()
		w.Header().Set("X-Request-Id", id)
		next(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, id)))
	}
}

func main() {
	var c rest.RestConf
	conf.FillDefault(&c)
	c.Host = "127.0.0.1"
	c.Port, _ = strconv.Atoi(os.Getenv("PORT"))
	c.DevServer.Enabled = false // the metrics and health server would also listen on :6060

	// server.Use wraps registered routes only, so the router's own 404 and 405 answers
	// get the same middleware here.
	notAllowed := func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
	server := rest.MustNewServer(c,
		rest.WithNotFoundHandler(requestID(http.NotFound)),
		rest.WithNotAllowedHandler(requestID(notAllowed)),
	)
	defer server.Stop()

	server.Use(requestID)
	server.AddRoute(rest.Route{
		Method: http.MethodGet,
		Path:   "/",
		Handler: func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte(r.Context().Value(ctxKey{}).(string)))
		},
	})
	server.Start()
}
