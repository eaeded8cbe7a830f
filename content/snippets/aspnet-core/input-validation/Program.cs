using System.ComponentModel.DataAnnotations;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddValidation();
var app = builder.Build();

// Invalid users get a 400 validation problem; a body that does not bind (age "old") gets 400 too.
app.MapPost("/users", (NewUser user) => Results.Created($"/users/{user.Name}", user));

app.Run($"http://127.0.0.1:{Environment.GetEnvironmentVariable("PORT") ?? "5000"}");

public record NewUser([Required] string Name, [Range(0, int.MaxValue)] int Age);
