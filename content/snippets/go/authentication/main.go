package main

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"strings"
	"sync"
)

// net/http reads HTTP Basic credentials (Request.BasicAuth) but has no logins, sessions or
// tokens, so this hands out random bearer tokens and keeps them in memory.
var (
	users  = map[string]string{"ada": "lovelace"}
	tokens sync.Map // token -> user name
)

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func login(w http.ResponseWriter, r *http.Request) {
	var in struct {
		User     string `json:"user"`
		Password string `json:"password"`
	}
	json.NewDecoder(r.Body).Decode(&in)
	password, known := users[in.User]
	if !known || subtle.ConstantTimeCompare([]byte(in.Password), []byte(password)) != 1 {
		writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "wrong user or password"})
		return
	}
	token := rand.Text()
	tokens.Store(token, in.User)
	writeJSON(w, http.StatusOK, map[string]string{"token": token})
}

// requireUser runs next with the user a valid bearer token belongs to, or answers 401.
func requireUser(next func(http.ResponseWriter, *http.Request, string)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		user, found := tokens.Load(token)
		if !ok || !found {
			w.Header().Set("WWW-Authenticate", "Bearer")
			writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "not logged in"})
			return
		}
		next(w, r, user.(string))
	}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", login)
	mux.Handle("GET /me", requireUser(func(w http.ResponseWriter, r *http.Request, user string) {
		writeJSON(w, http.StatusOK, map[string]string{"user": user})
	}))

	log.Fatal(http.ListenAndServe("127.0.0.1:"+os.Getenv("PORT"), mux))
}
