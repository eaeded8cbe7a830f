package main

import (
	"net/http"
	"os"
	"strconv"

	"github.com/zeromicro/go-zero/core/conf"
	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"
	"github.com/zeromicro/go-zero/rest/pathvar"
)

func main() {
	var c rest.RestConf
	conf.FillDefault(&c)
	c.Host = "127.0.0.1"
	c.Port, _ = strconv.Atoi(os.Getenv("PORT"))
	c.DevServer.Enabled = false // the metrics and health server would also listen on :6060

	server := rest.MustNewServer(c)
	defer server.Stop()

	server.AddRoute(rest.Route{
		Method: http.MethodGet,
		Path:   "/hello/:name",
		Handler: func(w http.ResponseWriter, r *http.Request) {
			name := pathvar.Vars(r)["name"]
			httpx.OkJson(w, map[string]string{"message": "Hello, " + name})
		},
	})
	server.Start()
}
