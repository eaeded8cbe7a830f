package main

import (
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
	if err := cv.validator.Struct(i); err != nil {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, err.Error())
	}
	return nil
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
			return err
		}
		if err := c.Validate(&u); err != nil {
			return err
		}
		return c.JSON(http.StatusCreated, u)
	})

	if err := e.Start("127.0.0.1:" + os.Getenv("PORT")); err != nil {
		slog.Error("failed to start server", "error", err)
	}
}
