<?php

return [
    'id' => 'atlas-routing',
    'basePath' => __DIR__,
    'controllerNamespace' => 'micro\controllers',
    'aliases' => ['@micro' => __DIR__],
    'components' => [
        'request' => ['cookieValidationKey' => 'atlas-demo-key'],
        'urlManager' => [
            'enablePrettyUrl' => true,
            'showScriptName' => false,
            'enableStrictParsing' => true, // unknown paths are 404, not guessed routes
            'rules' => [
                'GET hello/<name>' => 'hello/greet',
            ],
        ],
    ],
];
