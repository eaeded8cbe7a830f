package main

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"reflect"
	"strings"

	"github.com/go-playground/validator/v10"
	"github.com/labstack/echo/v5"
)

type user struct {
	Name string `json:"name" validate:"required"`
	Age  int    `json:"age" validate:"min=0"`
}

// customValidator plugs go-playground/validator into c.Validate.
type customValidator struct {
	validator *validator.Validate
}

func (cv *customValidator) Validate(i any) error {
	return cv.validator.Struct(i)
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
	v := validator.New(validator.WithRequiredStructEnabled())
	// Report fields by their JSON names rather than Go field names.
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		return strings.Split(f.Tag.Get("json"), ",")[0]
	})

	e := echo.New()
	e.Validator = &customValidator{validator: v}
	e.POST("/users", func(c *echo.Context) error {
		var u user
		if err := c.Bind(&u); err != nil {
			return c.JSON(http.StatusBadRequest, map[string]any{"errors": fieldErrors(err)})
		}
		if err := c.Validate(&u); err != nil {
			return c.JSON(http.StatusUnprocessableEntity, map[string]any{"errors": fieldErrors(err)})
		}
		return c.JSON(http.StatusCreated, u)
	})

	if err := e.Start("127.0.0.1:" + os.Getenv("PORT")); err != nil {
		slog.Error("failed to start server", "error", err)
	}
}
