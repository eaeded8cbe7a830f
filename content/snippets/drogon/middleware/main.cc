#include <drogon/drogon.h>

#include <cstdlib>
#include <string>

using namespace drogon;

int main()
{
    // Runs for every request before routing, so unknown paths get an id too.
    app().registerPreRoutingAdvice([](const HttpRequestPtr &req) {
        req->attributes()->insert("requestId", utils::getUuid());
    });

    // Runs for every response just before it is sent, 404s included.
    app().registerPreSendingAdvice(
        [](const HttpRequestPtr &req, const HttpResponsePtr &resp) {
            const auto &id = req->attributes()->get<std::string>("requestId");
            if (!id.empty())
                resp->addHeader("X-Request-Id", id);
        });

    // The stock 404 page is cached and shared per thread; build a fresh
    // response per request so each one carries its own header.
    app().setCustomErrorHandler([](HttpStatusCode code, const HttpRequestPtr &) {
        return HttpResponse::newHttpResponse(code, CT_TEXT_PLAIN);
    });

    app().registerHandler(
        "/",
        [](const HttpRequestPtr &req,
           std::function<void(const HttpResponsePtr &)> &&callback) {
            auto resp = HttpResponse::newHttpResponse();
            resp->setContentTypeCode(CT_TEXT_PLAIN);
            resp->setBody(req->attributes()->get<std::string>("requestId"));
            callback(resp);
        },
        {Get});

    const char *port = std::getenv("PORT");
    app().addListener("127.0.0.1", port ? std::atoi(port) : 8080).run();
}
