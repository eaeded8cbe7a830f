<?php

declare(strict_types=1);

namespace DoctrineMigrations;

use Doctrine\DBAL\Schema\Schema;
use Doctrine\Migrations\AbstractMigration;

// As bin/console make:migration writes it from the Note mapping, for SQLite.
final class Version20260801000000 extends AbstractMigration
{
    public function getDescription(): string
    {
        return 'Create the note table';
    }

    public function up(Schema $schema): void
    {
        $this->addSql('CREATE TABLE note (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, text VARCHAR(255) NOT NULL)');
    }

    public function down(Schema $schema): void
    {
        $this->addSql('DROP TABLE note');
    }
}
