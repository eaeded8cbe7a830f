using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

var builder = WebApplication.CreateBuilder(args);
// Cookie sign-in; since .NET 10 JSON endpoints answer 401 instead of redirecting to a login page.
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
builder.Services.AddAuthorization();
var app = builder.Build();

// One hard-coded user, its password hashed with Identity's PasswordHasher (PBKDF2).
var hasher = new PasswordHasher<AppUser>();
var ada = new AppUser("ada");
var users = new Dictionary<string, (AppUser User, string Hash)>
{
    ["ada"] = (ada, hasher.HashPassword(ada, "lovelace")),
};

app.MapPost("/login", async (Login login, HttpContext http) =>
{
    if (!users.TryGetValue(login.User, out var account)
        || hasher.VerifyHashedPassword(account.User, account.Hash, login.Password) == PasswordVerificationResult.Failed)
        return Results.Unauthorized();

    Claim[] claims = [new Claim(ClaimTypes.Name, account.User.Name)];
    var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme);
    await http.SignInAsync(new ClaimsPrincipal(identity));
    return Results.Ok(new { user = account.User.Name });
});

app.MapGet("/me", (ClaimsPrincipal principal) => new { user = principal.Identity!.Name })
    .RequireAuthorization();

app.Run($"http://127.0.0.1:{Environment.GetEnvironmentVariable("PORT") ?? "5000"}");

public record AppUser(string Name);

public record Login(string User, string Password);
