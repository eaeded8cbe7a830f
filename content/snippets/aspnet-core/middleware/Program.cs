var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

// Registered first, so it also runs for requests no endpoint matches (the 404).
app.Use(async (context, next) =>
{
    context.Response.Headers["X-Request-Id"] = Guid.NewGuid().ToString();
    await next(context);
});

app.MapGet("/", () => "ok");

app.Run($"http://127.0.0.1:{Environment.GetEnvironmentVariable("PORT") ?? "5000"}");
