#include <drogon/drogon.h>
#include <valijson/adapters/jsoncpp_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <cstdlib>
#include <sstream>
#include <string>

using namespace drogon;

static const char *kUserSchema = R"({
  "type": "object",
  "required": ["name", "age"],
  "properties": {
    "name": {"type": "string", "minLength": 1},
    "age": {"type": "integer", "minimum": 0}
  }
})";

static HttpResponsePtr jsonResponse(const Json::Value &body, HttpStatusCode code)
{
    auto resp = HttpResponse::newHttpJsonResponse(body);
    resp->setStatusCode(code);
    return resp;
}

int main()
{
    Json::Value schemaDoc;
    std::istringstream schemaText(kUserSchema);
    Json::CharReaderBuilder reader;
    std::string parseError;
    if (!Json::parseFromStream(reader, schemaText, &schemaDoc, &parseError))
        return 1;

    valijson::Schema userSchema;
    valijson::SchemaParser parser;
    parser.populateSchema(valijson::adapters::JsonCppAdapter(schemaDoc),
                          userSchema);

    app().registerHandler(
        "/users",
        [&userSchema](const HttpRequestPtr &req,
                      std::function<void(const HttpResponsePtr &)> &&callback) {
            auto body = req->getJsonObject();
            if (!body)
            {
                Json::Value error;
                error["error"] = "the body must be a JSON object";
                callback(jsonResponse(error, k400BadRequest));
                return;
            }

            valijson::Validator validator;
            valijson::ValidationResults results;
            if (!validator.validate(userSchema,
                                    valijson::adapters::JsonCppAdapter(*body),
                                    &results))
            {
                // Field errors carry a JSON Pointer such as "/age"; errors about
                // the whole body (not an object, a missing key) have an empty one.
                Json::Value errors(Json::objectValue);
                for (const auto &error : results)
                {
                    auto field =
                        error.jsonPointer.substr(error.jsonPointer.rfind('/') + 1);
                    if (!field.empty() && !errors.isMember(field))
                        errors[field] = error.description;
                }
                if (errors.empty())
                    errors["body"] = results.begin()->description;
                Json::Value answer;
                answer["errors"] = errors;
                callback(jsonResponse(answer, k422UnprocessableEntity));
                return;
            }

            Json::Value user;
            user["name"] = (*body)["name"];
            user["age"] = (*body)["age"];
            callback(jsonResponse(user, k201Created));
        },
        {Post});

    const char *port = std::getenv("PORT");
    app().addListener("127.0.0.1", port ? std::atoi(port) : 8080).run();
}
