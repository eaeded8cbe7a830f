<?php

namespace App\Filters;

use CodeIgniter\Filters\FilterInterface;
use CodeIgniter\HTTP\RequestInterface;
use CodeIgniter\HTTP\ResponseInterface;

class RequestId implements FilterInterface
{
    // Before the controller: the id goes on the request, where the route reads it.
    public function before(RequestInterface $request, $arguments = null)
    {
        $request->setHeader('X-Request-Id', bin2hex(random_bytes(16)));
    }

    public function after(RequestInterface $request, ResponseInterface $response, $arguments = null)
    {
        return $response->setHeader('X-Request-Id', $request->getHeaderLine('X-Request-Id'));
    }
}
