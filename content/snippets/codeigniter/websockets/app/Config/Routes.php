<?php

use CodeIgniter\Router\RouteCollection;

/**
 * @var RouteCollection $routes
 */
// Run from the command line: php public/index.php websocket start
$routes->cli('websocket/start', 'Websocket::start');
