<?php

use yii\db\Migration;

class m260801_000000_create_note_table extends Migration
{
    public function safeUp()
    {
        $this->createTable('{{%note}}', [
            'id' => $this->primaryKey(),
            'text' => $this->string()->notNull(),
        ]);
    }

    public function safeDown()
    {
        $this->dropTable('{{%note}}');
    }
}
