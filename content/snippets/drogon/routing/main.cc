#include <drogon/drogon.h>

#include <cstdlib>
#include <string>

using namespace drogon;

int main()
{
    // {name} is handed to the handler already percent-decoded.
    app().registerHandler(
        "/hello/{name}",
        [](const HttpRequestPtr &,
           std::function<void(const HttpResponsePtr &)> &&callback,
           const std::string &name) {
            Json::Value body;
            body["message"] = "Hello, " + name;
            callback(HttpResponse::newHttpJsonResponse(body));
        },
        {Get});

    const char *port = std::getenv("PORT");
    app().addListener("127.0.0.1", port ? std::atoi(port) : 8080).run();
}
