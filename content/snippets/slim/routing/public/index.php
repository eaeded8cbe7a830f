<?php

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Slim\Factory\AppFactory;

require __DIR__ . '/../vendor/autoload.php';

$app = AppFactory::create();
$app->addRoutingMiddleware();
// Turns unmatched paths and methods into 404 and 405 responses.
$app->addErrorMiddleware(false, true, true);

$app->get('/hello/{name}', function (Request $request, Response $response, array $args): Response {
    $response->getBody()->write(json_encode(['message' => "Hello, {$args['name']}"]));
    return $response->withHeader('Content-Type', 'application/json');
});

$app->run();
