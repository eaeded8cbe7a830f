<?php

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Slim\Factory\AppFactory;
use Symfony\Component\Validator\Constraints as Assert;
use Symfony\Component\Validator\Validation;

require __DIR__ . '/../vendor/autoload.php';

$app = AppFactory::create();
$app->addBodyParsingMiddleware(); // decodes JSON bodies into getParsedBody()
$app->addRoutingMiddleware();
$app->addErrorMiddleware(false, true, true);

$newUser = new Assert\Collection(fields: [
    'name' => [new Assert\NotBlank(), new Assert\Type(type: 'string')],
    'age' => [new Assert\NotNull(), new Assert\Type(type: 'integer'), new Assert\PositiveOrZero()],
]);

$app->post('/users', function (Request $request, Response $response) use ($newUser): Response {
    $input = $request->getParsedBody();
    $input = is_array($input) ? $input : [];

    $errors = [];
    foreach (Validation::createValidator()->validate($input, $newUser) as $violation) {
        // Property paths look like "[age]"; report the bare field name.
        $errors[trim($violation->getPropertyPath(), '[]')][] = $violation->getMessage();
    }

    $status = $errors ? 422 : 201;
    $response->getBody()->write(json_encode($errors ? ['errors' => $errors] : $input));
    return $response->withStatus($status)->withHeader('Content-Type', 'application/json');
});

$app->run();
