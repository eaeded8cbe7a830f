package main

import (
	"crypto/rand"
	"io"
	"log"
	"net/http"
	"os"
)

// requestID wraps any handler and tags every response, 404s included.
func requestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Request-Id", rand.Text())
		next.ServeHTTP(w, r)
	})
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok")
	})

	log.Fatal(http.ListenAndServe("127.0.0.1:"+os.Getenv("PORT"), requestID(mux)))
}
