<?php
declare(strict_types=1);

namespace App\Middleware;

use Cake\Utility\Text;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;

class RequestIdMiddleware implements MiddlewareInterface
{
    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $id = Text::uuid();

        // Controllers read it with $this->request->getAttribute('requestId').
        return $handler->handle($request->withAttribute('requestId', $id))->withHeader('X-Request-Id', $id);
    }
}
