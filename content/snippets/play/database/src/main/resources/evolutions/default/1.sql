# --- !Ups
CREATE TABLE notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    text TEXT NOT NULL
);

# --- !Downs
DROP TABLE notes;
