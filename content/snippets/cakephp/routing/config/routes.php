<?php

use Cake\Routing\Route\DashedRoute;
use Cake\Routing\RouteBuilder;

return function (RouteBuilder $routes): void {
    $routes->setRouteClass(DashedRoute::class);

    $routes->scope('/', function (RouteBuilder $builder): void {
        $builder->get('/hello/{name}', ['controller' => 'Hello', 'action' => 'show'])
            ->setPass(['name']);
    });
};
