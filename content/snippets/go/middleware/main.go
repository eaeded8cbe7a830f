package main

import (
	"context"
	"crypto/rand"
	"io"
	"log"
	"net/http"
	"os"
)

type requestIDKey struct{}

// requestID wraps any handler: it tags every response, 404s included, and passes the id on in
// the request's context.
func requestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := rand.Text()
		w.Header().Set("X-Request-Id", id)
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), requestIDKey{}, id)))
	})
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, r.Context().Value(requestIDKey{}).(string))
	})

	log.Fatal(http.ListenAndServe("127.0.0.1:"+os.Getenv("PORT"), requestID(mux)))
}
