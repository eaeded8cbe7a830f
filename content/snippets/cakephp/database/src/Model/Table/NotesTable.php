<?php
declare(strict_types=1);

namespace App\Model\Table;

use Cake\ORM\Table;
use Cake\Validation\Validator;

class NotesTable extends Table
{
    public function validationDefault(Validator $validator): Validator
    {
        return $validator
            ->requirePresence('text', 'create')
            ->scalar('text')
            ->notEmptyString('text');
    }
}
