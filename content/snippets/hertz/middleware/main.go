package main

import (
	"context"
	"crypto/rand"
	"os"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/cloudwego/hertz/pkg/protocol/consts"
)

// requestID stores a fresh id for the handlers and sets it on the response before the rest of
// the chain runs, so the 404s Hertz answers itself carry it too.
func requestID() app.HandlerFunc {
	return func(ctx context.Context, c *app.RequestContext) {
		id := rand.Text()
		c.Set("requestID", id)
		c.Header("X-Request-Id", id)
		c.Next(ctx)
	}
}

func main() {
	h := server.New(server.WithHostPorts("127.0.0.1:" + os.Getenv("PORT")))
	h.Use(requestID())
	h.GET("/", func(ctx context.Context, c *app.RequestContext) {
		c.String(consts.StatusOK, c.GetString("requestID"))
	})
	h.Spin()
}
