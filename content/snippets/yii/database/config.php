<?php

return [
    'id' => 'atlas-database',
    'basePath' => __DIR__,
    'controllerNamespace' => 'micro\controllers',
    'aliases' => ['@micro' => __DIR__],
    'components' => [
        'db' => require __DIR__ . '/db.php',
        'request' => [
            'cookieValidationKey' => 'atlas-demo-key',
            'parsers' => ['application/json' => yii\web\JsonParser::class],
        ],
        'urlManager' => [
            'enablePrettyUrl' => true,
            'showScriptName' => false,
            'enableStrictParsing' => true,
            'rules' => [
                'POST notes' => 'notes/create',
                'GET notes/<id:\d+>' => 'notes/view',
            ],
        ],
    ],
];
