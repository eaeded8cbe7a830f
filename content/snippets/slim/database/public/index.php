<?php

use App\Note;
use Doctrine\ORM\EntityManager;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Slim\Factory\AppFactory;

/** @var EntityManager $entityManager */
$entityManager = require __DIR__ . '/../bootstrap.php';

$app = AppFactory::create();
$app->addBodyParsingMiddleware(); // decodes JSON bodies into getParsedBody()
$app->addRoutingMiddleware();
$app->addErrorMiddleware(false, true, true);

$json = function (Response $response, array $data, int $status = 200): Response {
    $response->getBody()->write(json_encode($data));
    return $response->withStatus($status)->withHeader('Content-Type', 'application/json');
};

$app->post('/notes', function (Request $request, Response $response) use ($entityManager, $json): Response {
    $note = new Note((string) ($request->getParsedBody()['text'] ?? ''));
    $entityManager->persist($note);
    $entityManager->flush(); // the INSERT; the generated id is now set

    return $json($response, ['id' => $note->id, 'text' => $note->text], 201);
});

$app->get('/notes/{id:[0-9]+}', function (Request $request, Response $response, array $args) use ($entityManager, $json): Response {
    $note = $entityManager->find(Note::class, (int) $args['id']);

    return $note === null
        ? $json($response, ['error' => 'no such note'], 404)
        : $json($response, ['id' => $note->id, 'text' => $note->text]);
});

$app->run();
