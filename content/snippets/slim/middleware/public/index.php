<?php

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Psr\Http\Server\RequestHandlerInterface as RequestHandler;
use Slim\Factory\AppFactory;

require __DIR__ . '/../vendor/autoload.php';

$app = AppFactory::create();
$app->addRoutingMiddleware();
$app->addErrorMiddleware(false, true, true);

// Added last, so it is the outermost layer and also wraps the 404s the error middleware renders.
$app->add(function (Request $request, RequestHandler $handler): Response {
    $id = bin2hex(random_bytes(16));
    $response = $handler->handle($request->withAttribute('requestId', $id));
    return $response->withHeader('X-Request-Id', $id);
});

$app->get('/', function (Request $request, Response $response): Response {
    $response->getBody()->write($request->getAttribute('requestId'));
    return $response->withHeader('Content-Type', 'text/plain');
});

$app->run();
