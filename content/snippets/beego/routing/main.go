package main

import (
	"os"

	"github.com/beego/beego/v2/server/web"
	"github.com/beego/beego/v2/server/web/context"
)

func main() {
	web.Get("/hello/:name", func(ctx *context.Context) {
		ctx.Output.JSON(map[string]string{"message": "Hello, " + ctx.Input.Param(":name")}, false, false)
	})
	web.Run("127.0.0.1:" + os.Getenv("PORT"))
}
