-- Input for `goctl model mysql ddl --src model/notes.mysql.sql --dir model`, which wrote the
-- Go files here (goctl reads MySQL or PostgreSQL DDL, not SQLite). The table itself is created
-- by the golang-migrate migration in migrations/.
CREATE TABLE `notes` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `text` text NOT NULL,
  PRIMARY KEY (`id`)
);
