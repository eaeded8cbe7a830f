<?php

// Shared by the web app and the console app that runs `yii migrate`.
return [
    'class' => yii\db\Connection::class,
    'dsn' => 'sqlite:' . getenv('DATABASE_PATH'),
];
