package main

import (
	"crypto/rand"
	"os"

	"github.com/beego/beego/v2/server/web"
	"github.com/beego/beego/v2/server/web/context"
)

// requestID runs before the router looks up the route, so 404 answers get the header too.
func requestID(ctx *context.Context) {
	id := rand.Text()
	ctx.Input.SetData("requestID", id)
	ctx.Output.Header("X-Request-Id", id)
}

func main() {
	web.InsertFilter("*", web.BeforeRouter, requestID)
	web.Get("/", func(ctx *context.Context) {
		ctx.WriteString(ctx.Input.GetData("requestID").(string))
	})
	web.Run("127.0.0.1:" + os.Getenv("PORT"))
}
