package main

import (
	"crypto/rand"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
)

// RequestID tags every response, including the 404s Gin answers itself.
func RequestID() gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Header("X-Request-Id", rand.Text())
		c.Next()
	}
}

func main() {
	r := gin.Default()
	r.Use(RequestID())
	r.GET("/", func(c *gin.Context) {
		c.String(http.StatusOK, "ok")
	})

	r.Run("127.0.0.1:" + os.Getenv("PORT"))
}
