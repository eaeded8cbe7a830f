<?php

use Cake\Routing\RouteBuilder;

return function (RouteBuilder $routes): void {
    // JSON API route: keep the skeleton's app-wide CsrfProtectionMiddleware off it (e.g. skipCheckCallback).
    $routes->scope('/', function (RouteBuilder $builder): void {
        $builder->post('/users', ['controller' => 'Users', 'action' => 'add']);
    });
};
