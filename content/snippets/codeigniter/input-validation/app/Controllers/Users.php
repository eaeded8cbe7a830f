<?php

namespace App\Controllers;

use CodeIgniter\HTTP\ResponseInterface;

class Users extends BaseController
{
    public function create(): ResponseInterface
    {
        $data  = $this->request->getJSON(true) ?? [];
        $rules = [
            'name' => 'required|string',
            'age'  => 'required|is_natural',
        ];

        if (! $this->validateData($data, $rules)) {
            return $this->response->setStatusCode(422)->setJSON(['errors' => $this->validator->getErrors()]);
        }

        return $this->response->setStatusCode(201)->setJSON($this->validator->getValidated());
    }
}
