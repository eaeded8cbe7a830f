<?php

namespace micro\models;

use yii\base\Model;

class UserForm extends Model
{
    public $name;
    public $age;

    public function rules(): array
    {
        return [
            [['name', 'age'], 'required'],
            ['name', 'string', 'min' => 1],
            ['age', 'integer', 'min' => 0],
        ];
    }
}
