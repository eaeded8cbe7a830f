<?php

return [
    'id' => 'atlas-authentication',
    'basePath' => __DIR__,
    'controllerNamespace' => 'micro\controllers',
    'aliases' => ['@micro' => __DIR__],
    'components' => [
        'request' => [
            'cookieValidationKey' => 'atlas-demo-key',
            'parsers' => ['application/json' => yii\web\JsonParser::class],
        ],
        // yii\web\User keeps the logged-in identity's id in the PHP session.
        'user' => [
            'identityClass' => micro\models\User::class,
            'enableAutoLogin' => false,
            'loginUrl' => null, // no login page to redirect to
        ],
        'urlManager' => [
            'enablePrettyUrl' => true,
            'showScriptName' => false,
            'enableStrictParsing' => true,
            'rules' => [
                'POST login' => 'auth/login',
                'GET me' => 'auth/me',
            ],
        ],
    ],
];
