package app;

import io.helidon.data.Data;

// The implementation is generated at build time.
@Data.Repository
public interface NoteRepository extends Data.CrudRepository<Note, Long> {}
