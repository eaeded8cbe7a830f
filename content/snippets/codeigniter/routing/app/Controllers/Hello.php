<?php

namespace App\Controllers;

use CodeIgniter\HTTP\ResponseInterface;

class Hello extends BaseController
{
    public function show(string $name): ResponseInterface
    {
        return $this->response->setJSON(['message' => "Hello, {$name}"]);
    }
}
