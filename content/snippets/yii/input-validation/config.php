<?php

return [
    'id' => 'atlas-input-validation',
    'basePath' => __DIR__,
    'controllerNamespace' => 'micro\controllers',
    'aliases' => ['@micro' => __DIR__],
    'components' => [
        'request' => [
            'cookieValidationKey' => 'atlas-demo-key',
            'parsers' => ['application/json' => yii\web\JsonParser::class],
        ],
        'urlManager' => [
            'enablePrettyUrl' => true,
            'showScriptName' => false,
            'enableStrictParsing' => true,
            'rules' => ['POST users' => 'users/create'],
        ],
    ],
];
