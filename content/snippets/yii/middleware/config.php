<?php

use yii\base\Event;

return [
    'id' => 'atlas-middleware',
    'basePath' => __DIR__,
    'controllerNamespace' => 'micro\controllers',
    'aliases' => ['@micro' => __DIR__],
    'components' => [
        'request' => ['cookieValidationKey' => 'atlas-demo-key'],
        'urlManager' => [
            'enablePrettyUrl' => true,
            'showScriptName' => false,
            'enableStrictParsing' => true,
            'rules' => ['GET /' => 'home/index'],
        ],
    ],
    // Runs before routing, so the header is also on 404 responses.
    'on beforeRequest' => function (Event $event) {
        $app = $event->sender;
        $app->params['requestId'] = bin2hex(random_bytes(16));
        $app->response->headers->set('X-Request-Id', $app->params['requestId']);
    },
];
