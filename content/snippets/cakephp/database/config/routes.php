<?php

use Cake\Routing\RouteBuilder;

return function (RouteBuilder $routes): void {
    $routes->scope('/', function (RouteBuilder $builder): void {
        $builder->post('/notes', ['controller' => 'Notes', 'action' => 'add']);
        $builder->get('/notes/{id}', ['controller' => 'Notes', 'action' => 'view'])
            ->setPatterns(['id' => '\d+'])
            ->setPass(['id']);
    });
};
