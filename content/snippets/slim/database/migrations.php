<?php

return [
    'migrations_paths' => ['App\Migrations' => __DIR__ . '/migrations'],
];
