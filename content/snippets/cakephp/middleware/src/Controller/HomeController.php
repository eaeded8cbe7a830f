<?php
declare(strict_types=1);

namespace App\Controller;

use Cake\Controller\Controller;
use Cake\Http\Response;

class HomeController extends Controller
{
    public function index(): Response
    {
        return $this->response
            ->withType('text/plain')
            ->withStringBody($this->request->getAttribute('requestId'));
    }
}
