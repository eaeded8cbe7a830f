<?php

namespace App\Database\Seeds;

use CodeIgniter\Database\Seeder;
use CodeIgniter\Shield\Entities\User;
use CodeIgniter\Shield\Models\UserModel;

class AdaSeeder extends Seeder
{
    public function run(): void
    {
        $users = model(UserModel::class);

        if ($users->findByCredentials(['username' => 'ada']) === null) {
            // Shield hashes the password (password_hash) into the user's email/password identity.
            $users->save(new User(['username' => 'ada', 'email' => 'ada@example.com', 'password' => 'lovelace']));
        }
    }
}
