<?php

use Cake\Routing\RouteBuilder;

return function (RouteBuilder $routes): void {
    $routes->scope('/', function (RouteBuilder $builder): void {
        $builder->post('/login', ['controller' => 'Auth', 'action' => 'login']);
        $builder->get('/me', ['controller' => 'Auth', 'action' => 'me']);
    });
};
