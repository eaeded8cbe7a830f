<?php

// `php yii migrate` applies migrations/ (the default @app/migrations) to this db.
return [
    'id' => 'atlas-database-console',
    'basePath' => __DIR__,
    'components' => ['db' => require __DIR__ . '/db.php'],
];
