package main

import (
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	r.GET("/hello/:name", func(c *gin.Context) {
		c.JSON(http.StatusOK, gin.H{"message": "Hello, " + c.Param("name")})
	})

	r.Run("127.0.0.1:" + os.Getenv("PORT"))
}
