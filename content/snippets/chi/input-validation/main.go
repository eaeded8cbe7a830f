package main

import (
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"os"
	"reflect"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/go-playground/validator/v10"
)

type user struct {
	Name string `json:"name" validate:"required"`
	Age  int    `json:"age" validate:"min=0"`
}

var validate = validator.New(validator.WithRequiredStructEnabled())

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func createUser(w http.ResponseWriter, r *http.Request) {
	var u user
	if err := json.NewDecoder(r.Body).Decode(&u); err != nil {
		// A value of the wrong type ("age": "old") is named by its field.
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			writeJSON(w, http.StatusBadRequest, map[string]any{"errors": map[string]string{typeErr.Field: "type"}})
			return
		}
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
		return
	}
	if err := validate.Struct(u); err != nil {
		fields := map[string]string{}
		for _, fe := range err.(validator.ValidationErrors) {
			fields[fe.Field()] = fe.Tag()
		}
		writeJSON(w, http.StatusUnprocessableEntity, map[string]any{"errors": fields})
		return
	}
	writeJSON(w, http.StatusCreated, u)
}

func main() {
	// Report fields by their JSON names rather than Go field names.
	validate.RegisterTagNameFunc(func(f reflect.StructField) string {
		return strings.Split(f.Tag.Get("json"), ",")[0]
	})

	r := chi.NewRouter()
	r.Post("/users", createUser)
	log.Fatal(http.ListenAndServe("127.0.0.1:"+os.Getenv("PORT"), r))
}
