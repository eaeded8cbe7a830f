package main

import (
	"errors"
	"net/http"
	"os"
	"regexp"
	"strconv"

	"github.com/zeromicro/go-zero/core/conf"
	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"
)

// Fields without ",optional" must be present; httpx.Parse rejects missing and mistyped ones.
type user struct {
	Name string `json:"name"`
	Age  int    `json:"age"`
}

type fieldErrors map[string]string

func (f fieldErrors) Error() string { return "invalid fields" }

// Validate is called by httpx.Parse once the body is decoded.
func (u *user) Validate() error {
	bad := fieldErrors{}
	if u.Name == "" {
		bad["name"] = "must not be empty"
	}
	if u.Age < 0 {
		bad["age"] = "must be 0 or more"
	}
	if len(bad) > 0 {
		return bad
	}
	return nil
}

// Decoding errors are plain text that quotes the field, e.g. `type mismatch for field "age"`.
var quotedField = regexp.MustCompile(`field "([^"]+)"`)

func errorBody(err error) fieldErrors {
	var bad fieldErrors
	if errors.As(err, &bad) {
		return bad
	}
	if m := quotedField.FindStringSubmatch(err.Error()); m != nil {
		return fieldErrors{m[1]: err.Error()}
	}
	return fieldErrors{"body": err.Error()}
}

func main() {
	var c rest.RestConf
	conf.FillDefault(&c)
	c.Host = "127.0.0.1"
	c.Port, _ = strconv.Atoi(os.Getenv("PORT"))
	c.DevServer.Enabled = false // the metrics and health server would also listen on :6060

	server := rest.MustNewServer(c)
	defer server.Stop()

	server.AddRoute(rest.Route{
		Method: http.MethodPost,
		Path:   "/users",
		Handler: func(w http.ResponseWriter, r *http.Request) {
			var u user
			if err := httpx.Parse(r, &u); err != nil {
				httpx.WriteJson(w, http.StatusBadRequest, map[string]any{"errors": errorBody(err)})
				return
			}
			httpx.WriteJson(w, http.StatusCreated, u)
		},
	})
	server.Start()
}
