package main

import (
	"crypto/subtle"
	"net/http"
	"os"

	"github.com/beego/beego/v2/server/web"
	"github.com/beego/beego/v2/server/web/context"
)

// Beego's auth filters cover HTTP Basic and signed API calls only; a login is built on its
// server-side sessions, whose cookie holds nothing but a random session id.
var users = map[string]string{"ada": "lovelace"}

func reply(ctx *context.Context, status int, body any) {
	ctx.Output.SetStatus(status)
	ctx.Output.JSON(body, false, false)
}

func main() {
	web.BConfig.WebConfig.Session.SessionOn = true
	web.BConfig.CopyRequestBody = true // BindJSON reads the copied body

	web.Post("/login", func(ctx *context.Context) {
		var in struct {
			User     string `json:"user"`
			Password string `json:"password"`
		}
		ctx.BindJSON(&in)
		password, known := users[in.User]
		if !known || subtle.ConstantTimeCompare([]byte(in.Password), []byte(password)) != 1 {
			reply(ctx, http.StatusUnauthorized, map[string]string{"error": "wrong user or password"})
			return
		}
		ctx.Output.Session("user", in.User)
		reply(ctx, http.StatusOK, map[string]string{"user": in.User})
	})
	web.Get("/me", func(ctx *context.Context) {
		user, ok := ctx.Input.Session("user").(string)
		if !ok {
			reply(ctx, http.StatusUnauthorized, map[string]string{"error": "not logged in"})
			return
		}
		reply(ctx, http.StatusOK, map[string]string{"user": user})
	})
	web.Run("127.0.0.1:" + os.Getenv("PORT"))
}
