<?php

use CodeIgniter\Router\RouteCollection;

/**
 * @var RouteCollection $routes
 */
$routes->post('notes', 'Notes::create');
$routes->get('notes/(:num)', 'Notes::show/$1');
