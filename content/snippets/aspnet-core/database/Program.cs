using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);
// `dotnet ef database update` (see Procfile) reads this same registration to migrate the file.
builder.Services.AddDbContext<NotesDb>(options =>
    options.UseSqlite($"Data Source={Environment.GetEnvironmentVariable("DATABASE_PATH")}"));
var app = builder.Build();

app.MapPost("/notes", async (NewNote input, NotesDb db) =>
{
    var note = new Note { Text = input.Text };
    db.Notes.Add(note);
    await db.SaveChangesAsync();
    return Results.Created($"/notes/{note.Id}", note);
});

app.MapGet("/notes/{id:int}", async (int id, NotesDb db) =>
    await db.Notes.FindAsync(id) is Note note ? Results.Ok(note) : Results.NotFound());

app.Run($"http://127.0.0.1:{Environment.GetEnvironmentVariable("PORT") ?? "5000"}");

public class Note
{
    public int Id { get; set; }
    public string Text { get; set; } = "";
}

public record NewNote(string Text);

public class NotesDb : DbContext
{
    public NotesDb(DbContextOptions<NotesDb> options) : base(options) { }

    public DbSet<Note> Notes => Set<Note>();
}
