package main

import (
	"crypto/rand"
	"crypto/subtle"
	"net/http"
	"os"
	"strings"
	"sync"

	"github.com/gin-gonic/gin"
)

// Gin's own auth is HTTP Basic (gin.BasicAuth over gin.Accounts); it has no logins, sessions or
// tokens, so this hands out random bearer tokens and keeps them in memory.
var (
	accounts = gin.Accounts{"ada": "lovelace"}
	tokens   sync.Map // token -> user name
)

func login(c *gin.Context) {
	var in struct {
		User     string `json:"user"`
		Password string `json:"password"`
	}
	c.ShouldBindJSON(&in)
	password, known := accounts[in.User]
	if !known || subtle.ConstantTimeCompare([]byte(in.Password), []byte(password)) != 1 {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "wrong user or password"})
		return
	}
	token := rand.Text()
	tokens.Store(token, in.User)
	c.JSON(http.StatusOK, gin.H{"token": token})
}

// bearerAuth lets through requests with a token /login handed out and, like gin.BasicAuth,
// puts the user name under gin.AuthUserKey; others get 401.
func bearerAuth(c *gin.Context) {
	token, ok := strings.CutPrefix(c.GetHeader("Authorization"), "Bearer ")
	user, found := tokens.Load(token)
	if !ok || !found {
		c.Header("WWW-Authenticate", "Bearer")
		c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "not logged in"})
		return
	}
	c.Set(gin.AuthUserKey, user)
	c.Next()
}

func main() {
	r := gin.Default()
	r.POST("/login", login)
	r.GET("/me", bearerAuth, func(c *gin.Context) {
		c.JSON(http.StatusOK, gin.H{"user": c.GetString(gin.AuthUserKey)})
	})

	r.Run("127.0.0.1:" + os.Getenv("PORT"))
}
