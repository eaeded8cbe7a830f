module snippet

go 1.26

require github.com/labstack/echo/v5 v5.4.5
