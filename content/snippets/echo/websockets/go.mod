module snippet

go 1.26

require (
	github.com/gorilla/websocket v1.5.3
	github.com/labstack/echo/v5 v5.4.5
)
