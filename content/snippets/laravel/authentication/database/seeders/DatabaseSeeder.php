<?php

namespace Database\Seeders;

use App\Models\User;
use Illuminate\Database\Seeder;

class DatabaseSeeder extends Seeder
{
    public function run(): void
    {
        // The skeleton's User model casts password as "hashed", so this stores a bcrypt hash.
        User::firstOrCreate(
            ['name' => 'ada'],
            ['email' => 'ada@example.com', 'password' => 'lovelace'],
        );
    }
}
