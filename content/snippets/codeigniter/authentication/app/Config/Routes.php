<?php

use CodeIgniter\Router\RouteCollection;

/**
 * @var RouteCollection $routes
 */
$routes->post('login', 'Auth::login');
// Shield's tokens filter answers 401 to a missing, altered or unknown bearer token.
$routes->get('me', 'Auth::me', ['filter' => 'tokens']);
