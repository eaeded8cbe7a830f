<?php

namespace App\Models;

use CodeIgniter\Model;

class NoteModel extends Model
{
    protected $table           = 'notes';
    protected $allowedFields   = ['text'];
    protected $validationRules = ['text' => 'required|string'];
}
