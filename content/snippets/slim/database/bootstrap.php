<?php

use Doctrine\DBAL\DriverManager;
use Doctrine\ORM\EntityManager;
use Doctrine\ORM\ORMSetup;

require __DIR__ . '/vendor/autoload.php';

// One EntityManager for the app and for the migrations console (cli-config.php).
// ORMSetup keeps metadata in symfony/cache's in-memory adapter in dev mode.
$config = ORMSetup::createAttributeMetadataConfiguration(paths: [__DIR__ . '/src'], isDevMode: true);
$connection = DriverManager::getConnection(['driver' => 'pdo_sqlite', 'path' => getenv('DATABASE_PATH')], $config);

return new EntityManager($connection, $config);
