<?php

namespace micro\models;

use yii\db\ActiveRecord;

/**
 * @property int $id
 * @property string $text
 */
class Note extends ActiveRecord
{
    public static function tableName(): string
    {
        return '{{%note}}';
    }

    public function rules(): array
    {
        return [
            ['text', 'required'],
            ['text', 'string', 'max' => 255],
        ];
    }
}
