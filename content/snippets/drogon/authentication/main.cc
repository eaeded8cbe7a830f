#include <drogon/drogon.h>

#include <chrono>
#include <cstdlib>
#include <string>

using namespace drogon;
using namespace std::chrono_literals;

static HttpResponsePtr unauthorized(const std::string &message)
{
    Json::Value body;
    body["error"] = message;
    auto resp = HttpResponse::newHttpJsonResponse(body);
    resp->setStatusCode(k401Unauthorized);
    return resp;
}

// Lets a request through only when its session holds a logged-in user.
class LoginFilter : public HttpFilter<LoginFilter>
{
  public:
    void doFilter(const HttpRequestPtr &req,
                  FilterCallback &&fcb,
                  FilterChainCallback &&fccb) override
    {
        if (req->session()->find("user"))
            return fccb();
        fcb(unauthorized("not logged in"));
    }
};

int main()
{
    app().registerHandler(
        "/login",
        [](const HttpRequestPtr &req,
           std::function<void(const HttpResponsePtr &)> &&callback) {
            auto json = req->getJsonObject();
            // Drogon has no user store and no password hashing fit for
            // passwords (only MD5/SHA digests), so one user is checked here.
            if (!json || !json->isObject() ||
                json->get("user", "").asString() != "ada" ||
                json->get("password", "").asString() != "lovelace")
                return callback(unauthorized("invalid user or password"));

            req->session()->changeSessionIdToClient();  // a new cookie on login
            req->session()->insert("user", std::string("ada"));
            Json::Value body;
            body["user"] = "ada";
            callback(HttpResponse::newHttpJsonResponse(body));
        },
        {Post});

    app().registerHandler(
        "/me",
        [](const HttpRequestPtr &req,
           std::function<void(const HttpResponsePtr &)> &&callback) {
            Json::Value body;
            body["user"] = req->session()->get<std::string>("user");
            callback(HttpResponse::newHttpJsonResponse(body));
        },
        {Get, "LoginFilter"});

    const char *port = std::getenv("PORT");
    app()
        .enableSession(24h)  // the JSESSIONID cookie names a session kept in memory
        .addListener("127.0.0.1", port ? std::atoi(port) : 8080)
        .run();
}
