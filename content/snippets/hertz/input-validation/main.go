package main

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"strings"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/cloudwego/hertz/pkg/protocol"
	"github.com/cloudwego/hertz/pkg/protocol/consts"
	"github.com/go-playground/validator/v10"
)

type user struct {
	Name string `json:"name" validate:"required"`
	Age  int    `json:"age" validate:"min=0"`
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
	v := validator.New()
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		return strings.Split(f.Tag.Get("json"), ",")[0]
	})

	// Hertz runs this function whenever a handler asks it to validate a struct.
	h := server.New(
		server.WithHostPorts("127.0.0.1:"+os.Getenv("PORT")),
		server.WithCustomValidatorFunc(func(_ *protocol.Request, req any) error {
			return v.Struct(req)
		}),
	)

	h.POST("/users", func(ctx context.Context, c *app.RequestContext) {
		var u user
		// Hertz's default JSON decoder reports a mistyped value without its field, so the body is
		// decoded with encoding/json here and then validated through Hertz.
		err := json.Unmarshal(c.Request.Body(), &u)
		if err == nil {
			err = c.Validate(&u)
		}
		if err != nil {
			c.JSON(consts.StatusBadRequest, map[string]any{"errors": fieldErrors(err)})
			return
		}
		c.JSON(consts.StatusCreated, u)
	})

	h.Spin()
}
