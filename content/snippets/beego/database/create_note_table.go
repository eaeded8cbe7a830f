package main

import "github.com/beego/beego/v2/client/orm/migration"

// CreateNoteTable_20261201_120000 is laid out as `bee generate migration create_note_table` writes it.
type CreateNoteTable_20261201_120000 struct {
	migration.Migration
}

func init() {
	m := &CreateNoteTable_20261201_120000{}
	m.Created = "20261201_120000"
	migration.Register("CreateNoteTable_20261201_120000", m)
}

// Up creates the table.
func (m *CreateNoteTable_20261201_120000) Up() {
	m.SQL("CREATE TABLE note (id INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT NOT NULL)")
}

// Down drops it again.
func (m *CreateNoteTable_20261201_120000) Down() {
	m.SQL("DROP TABLE note")
}
