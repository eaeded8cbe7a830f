#include <drogon/WebSocketController.h>
#include <drogon/drogon.h>

#include <cstdlib>
#include <string>

using namespace drogon;

// Controllers register themselves: defining the class is enough.
class Echo : public WebSocketController<Echo>
{
  public:
    void handleNewMessage(const WebSocketConnectionPtr &conn,
                          std::string &&message,
                          const WebSocketMessageType &type) override
    {
        // Answer on the connection the message came from, and only there.
        if (type == WebSocketMessageType::Text)
            conn->send(message);
    }

    void handleNewConnection(const HttpRequestPtr &,
                             const WebSocketConnectionPtr &) override
    {
    }

    void handleConnectionClosed(const WebSocketConnectionPtr &) override
    {
    }

    // What WS_PATH_LIST_BEGIN, WS_PATH_ADD("/ws") and WS_PATH_LIST_END expand
    // to, written out: Drogon calls it at start-up to register the path.
    static void initPathRouting()
    {
        app().registerWebSocketController("/ws", classTypeName());
    }
};

int main()
{
    const char *port = std::getenv("PORT");
    app().addListener("127.0.0.1", port ? std::atoi(port) : 8080).run();
}
