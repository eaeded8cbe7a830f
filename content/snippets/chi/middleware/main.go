package main

import (
	"context"
	"crypto/rand"
	"io"
	"log"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
)

type requestIDKey struct{}

// requestID is plain net/http middleware; chi runs it for 404s too. The id goes on in the
// request's context.
func requestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := rand.Text()
		w.Header().Set("X-Request-Id", id)
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), requestIDKey{}, id)))
	})
}

func main() {
	r := chi.NewRouter()
	r.Use(requestID)
	r.Get("/", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, r.Context().Value(requestIDKey{}).(string))
	})

	log.Fatal(http.ListenAndServe("127.0.0.1:"+os.Getenv("PORT"), r))
}
