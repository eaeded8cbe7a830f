<?php

namespace App\Controllers;

use CodeIgniter\HTTP\ResponseInterface;

// The auth() and setting() helpers are autoloaded by `php spark shield:setup`.
class Auth extends BaseController
{
    public function login(): ResponseInterface
    {
        $input = $this->request->getJSON(true) ?? [];

        // check() verifies the password hash without starting a session.
        $result = auth()->check([
            'username' => (string) ($input['user'] ?? ''),
            'password' => (string) ($input['password'] ?? ''),
        ]);

        if (! $result->isOK()) {
            return $this->response->setStatusCode(401)->setJSON(['error' => $result->reason()]);
        }

        $token = $result->extraInfo()->generateAccessToken('login');

        return $this->response->setJSON(['token' => $token->raw_token]);
    }

    public function me(): ResponseInterface
    {
        return $this->response->setJSON(['user' => auth('tokens')->user()->username]);
    }
}
