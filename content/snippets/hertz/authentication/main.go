package main

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"os"
	"strings"
	"sync"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/app/middlewares/server/basic_auth"
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/cloudwego/hertz/pkg/common/utils"
	"github.com/cloudwego/hertz/pkg/protocol/consts"
)

// Hertz's own auth is the basic_auth middleware over basic_auth.Accounts; it has no logins,
// sessions or tokens, so this hands out random bearer tokens and keeps them in memory.
var (
	accounts = basic_auth.Accounts{"ada": "lovelace"}
	tokens   sync.Map // token -> user name
)

func login(ctx context.Context, c *app.RequestContext) {
	var in struct {
		User     string `json:"user"`
		Password string `json:"password"`
	}
	c.BindJSON(&in)
	password, known := accounts[in.User]
	if !known || subtle.ConstantTimeCompare([]byte(in.Password), []byte(password)) != 1 {
		c.JSON(consts.StatusUnauthorized, utils.H{"error": "wrong user or password"})
		return
	}
	token := rand.Text()
	tokens.Store(token, in.User)
	c.JSON(consts.StatusOK, utils.H{"token": token})
}

// bearerAuth lets through requests with a token /login handed out and, like basic_auth,
// puts the user name under the "user" key; others get 401.
func bearerAuth(ctx context.Context, c *app.RequestContext) {
	token, ok := strings.CutPrefix(string(c.GetHeader("Authorization")), "Bearer ")
	user, found := tokens.Load(token)
	if !ok || !found {
		c.Header("WWW-Authenticate", "Bearer")
		c.AbortWithStatusJSON(consts.StatusUnauthorized, utils.H{"error": "not logged in"})
		return
	}
	c.Set("user", user)
}

func main() {
	h := server.New(server.WithHostPorts("127.0.0.1:" + os.Getenv("PORT")))
	h.POST("/login", login)
	h.GET("/me", bearerAuth, func(ctx context.Context, c *app.RequestContext) {
		c.JSON(consts.StatusOK, utils.H{"user": c.GetString("user")})
	})
	h.Spin()
}
