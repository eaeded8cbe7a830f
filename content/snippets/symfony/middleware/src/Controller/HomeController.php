<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

class HomeController
{
    #[Route('/', name: 'home')]
    public function __invoke(Request $request): Response
    {
        return new Response($request->attributes->get('request_id'), 200, ['Content-Type' => 'text/plain']);
    }
}
