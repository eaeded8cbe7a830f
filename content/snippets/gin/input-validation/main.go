package main

import (
	"net/http"
	"os"
	"reflect"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/binding"
	"github.com/go-playground/validator/v10"
)

type user struct {
	Name string `json:"name" binding:"required"`
	Age  int    `json:"age" binding:"min=0"`
}

func main() {
	// Gin validates with go-playground/validator; report fields by their JSON names.
	if v, ok := binding.Validator.Engine().(*validator.Validate); ok {
		v.RegisterTagNameFunc(func(f reflect.StructField) string {
			return strings.Split(f.Tag.Get("json"), ",")[0]
		})
	}

	r := gin.Default()
	r.POST("/users", func(c *gin.Context) {
		var u user
		if err := c.ShouldBindJSON(&u); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
			return
		}
		c.JSON(http.StatusCreated, u)
	})

	r.Run("127.0.0.1:" + os.Getenv("PORT"))
}
