module snippet

go 1.26

require github.com/labstack/echo/v5 v5.4.6

require golang.org/x/time v0.15.0 // indirect
