package main

import (
	"crypto/rand"
	"crypto/subtle"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/golang-jwt/jwt/v4"
	"github.com/zeromicro/go-zero/core/conf"
	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"
)

// go-zero verifies JWTs on routes added with rest.WithJwt and puts their claims in the request
// context; issuing them at login is left to the app, which signs them with golang-jwt as go-zero does.
var (
	users  = map[string]string{"ada": "lovelace"}
	secret = rand.Text() // a real service reads this from its config (Auth.AccessSecret)
)

func login(w http.ResponseWriter, r *http.Request) {
	var in struct {
		User     string `json:"user"`
		Password string `json:"password"`
	}
	if err := httpx.Parse(r, &in); err != nil {
		httpx.ErrorCtx(r.Context(), w, err) // 400
		return
	}
	password, known := users[in.User]
	if !known || subtle.ConstantTimeCompare([]byte(in.Password), []byte(password)) != 1 {
		httpx.WriteJson(w, http.StatusUnauthorized, map[string]string{"error": "wrong user or password"})
		return
	}
	now := time.Now()
	token, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"user": in.User, "iat": now.Unix(), "exp": now.Add(time.Hour).Unix(),
	}).SignedString([]byte(secret))
	if err != nil {
		httpx.ErrorCtx(r.Context(), w, err)
		return
	}
	httpx.OkJson(w, map[string]string{"token": token})
}

func main() {
	var c rest.RestConf
	conf.FillDefault(&c)
	c.Host = "127.0.0.1"
	c.Port, _ = strconv.Atoi(os.Getenv("PORT"))
	c.DevServer.Enabled = false // the metrics and health server would also listen on :6060

	server := rest.MustNewServer(c)
	defer server.Stop()

	server.AddRoute(rest.Route{Method: http.MethodPost, Path: "/login", Handler: login})
	// Without a valid "Authorization: Bearer <jwt>" go-zero answers 401 before the handler runs.
	server.AddRoute(rest.Route{
		Method: http.MethodGet,
		Path:   "/me",
		Handler: func(w http.ResponseWriter, r *http.Request) {
			httpx.OkJson(w, map[string]any{"user": r.Context().Value("user")})
		},
	}, rest.WithJwt(secret))
	server.Start()
}
