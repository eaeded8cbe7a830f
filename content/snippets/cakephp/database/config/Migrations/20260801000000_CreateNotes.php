<?php
declare(strict_types=1);

use Migrations\BaseMigration;

class CreateNotes extends BaseMigration
{
    // table() adds an auto-increment "id" primary key.
    public function change(): void
    {
        $this->table('notes')
            ->addColumn('text', 'string', ['limit' => 255, 'null' => false])
            ->create();
    }
}
