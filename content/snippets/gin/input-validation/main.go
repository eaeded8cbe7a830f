package main

import (
	"encoding/json"
	"errors"
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

// fieldErrors names each bad field: failed rules by the field's JSON name, and a value of the
// wrong type ("age": "old") by the field the decoder stopped at.
func fieldErrors(err error) map[string]string {
	fields := map[string]string{}
	var invalid validator.ValidationErrors
	var mistyped *json.UnmarshalTypeError
	switch {
	case errors.As(err, &invalid):
		for _, fe := range invalid {
			fields[fe.Field()] = fe.Tag()
		}
	case errors.As(err, &mistyped):
		fields[mistyped.Field] = "type"
	default:
		fields["body"] = err.Error()
	}
	return fields
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
			c.JSON(http.StatusBadRequest, gin.H{"errors": fieldErrors(err)})
			return
		}
		c.JSON(http.StatusCreated, u)
	})

	r.Run("127.0.0.1:" + os.Getenv("PORT"))
}
