<?php

use CodeIgniter\Router\RouteCollection;

/**
 * @var RouteCollection $routes
 */
$routes->get('/', static fn () => service('request')->getHeaderLine('X-Request-Id'));

// After filters only run for unknown paths when a 404 override answers them.
$routes->set404Override(static fn () => 'Not Found');
