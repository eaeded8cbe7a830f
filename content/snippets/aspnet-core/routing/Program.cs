var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/hello/{name}", (string name) => Results.Ok(new { message = $"Hello, {name}" }));

app.Run($"http://127.0.0.1:{Environment.GetEnvironmentVariable("PORT") ?? "5000"}");
