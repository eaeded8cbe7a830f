<?php

use Cake\Database\Connection;
use Cake\Database\Driver\Sqlite;

// Merged over config/app.php: the default connection is the SQLite file in DATABASE_PATH.
return [
    'Datasources' => [
        'default' => [
            'className' => Connection::class,
            'driver' => Sqlite::class,
            'database' => env('DATABASE_PATH'),
        ],
    ],
];
