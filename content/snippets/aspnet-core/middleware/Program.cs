var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

// Registered first, so it also runs for requests no endpoint matches (the 404).
app.Use(async (context, next) =>
{
    var id = Guid.NewGuid().ToString();
    context.Items["RequestId"] = id;
    context.Response.Headers["X-Request-Id"] = id;
    await next(context);
});

app.MapGet("/", (HttpContext context) => (string)context.Items["RequestId"]!);

app.Run($"http://127.0.0.1:{Environment.GetEnvironmentVariable("PORT") ?? "5000"}");
