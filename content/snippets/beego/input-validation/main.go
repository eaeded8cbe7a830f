package main

import (
	"encoding/json"
	"errors"
	"net/http"
	"os"

	"github.com/beego/beego/v2/core/validation"
	"github.com/beego/beego/v2/server/web"
	"github.com/beego/beego/v2/server/web/context"
)

// label names the field in validation errors; by default they carry the Go field name.
type user struct {
	Name string `json:"name" valid:"Required" label:"name"`
	Age  int    `json:"age" valid:"Min(0)" label:"age"`
}

func main() {
	web.BConfig.CopyRequestBody = true // BindJSON reads the copied body

	web.Post("/users", func(ctx *context.Context) {
		var u user
		fields := map[string]string{}
		var mistyped *json.UnmarshalTypeError
		if err := ctx.BindJSON(&u); errors.As(err, &mistyped) {
			fields[mistyped.Field] = "must be a " + mistyped.Type.String()
		} else if err != nil {
			fields["body"] = err.Error()
		} else {
			valid := validation.Validation{}
			if ok, _ := valid.Valid(&u); !ok {
				for _, e := range valid.Errors {
					fields[e.Label] = e.Message
				}
			}
		}
		if len(fields) > 0 {
			ctx.Output.SetStatus(http.StatusBadRequest)
			ctx.Output.JSON(map[string]any{"errors": fields}, false, false)
			return
		}
		ctx.Output.SetStatus(http.StatusCreated)
		ctx.Output.JSON(u, false, false)
	})
	web.Run("127.0.0.1:" + os.Getenv("PORT"))
}
