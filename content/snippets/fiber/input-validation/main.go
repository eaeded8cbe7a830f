package main

import (
	"errors"
	"log"
	"os"
	"reflect"
	"strings"

	"github.com/go-playground/validator/v10"
	"github.com/gofiber/fiber/v3"
)

type user struct {
	Name string `json:"name" validate:"required"`
	Age  int    `json:"age" validate:"min=0"`
}

// structValidator lets c.Bind() run go-playground/validator after decoding.
type structValidator struct {
	validate *validator.Validate
}

func (v *structValidator) Validate(out any) error {
	return v.validate.Struct(out)
}

// fieldErrors names each bad field: failed rules by the field's JSON name, and a value that
// could not be bound ("age": "old") by the field Fiber reports.
func fieldErrors(err error) fiber.Map {
	fields := fiber.Map{}
	var invalid validator.ValidationErrors
	var unbound *fiber.BindError
	switch {
	case errors.As(err, &invalid):
		for _, fe := range invalid {
			fields[fe.Field()] = fe.Tag()
		}
	case errors.As(err, &unbound) && unbound.Field != "":
		fields[unbound.Field] = "type"
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

	app := fiber.New(fiber.Config{StructValidator: &structValidator{validate: v}})
	app.Post("/users", func(c fiber.Ctx) error {
		u := new(user)
		if err := c.Bind().Body(u); err != nil {
			return c.Status(fiber.StatusUnprocessableEntity).JSON(fiber.Map{"errors": fieldErrors(err)})
		}
		return c.Status(fiber.StatusCreated).JSON(u)
	})

	log.Fatal(app.Listen("127.0.0.1:" + os.Getenv("PORT")))
}
