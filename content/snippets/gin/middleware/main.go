package main

import (
	"crypto/rand"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
)

// RequestID tags every response, including the 404s Gin answers itself, and stores the id in
// the context for the handlers.
func RequestID() gin.HandlerFunc {
	return func(c *gin.Context) {
		id := rand.Text()
		c.Set("requestID", id)
		c.Header("X-Request-Id", id)
		c.Next()
	}
}

func main() {
	r := gin.Default()
	r.Use(RequestID())
	r.GET("/", func(c *gin.Context) {
		c.String(http.StatusOK, c.GetString("requestID"))
	})

	r.Run("127.0.0.1:" + os.Getenv("PORT"))
}
