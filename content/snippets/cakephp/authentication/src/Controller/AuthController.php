<?php
declare(strict_types=1);

namespace App\Controller;

use Cake\Http\Response;

class AuthController extends AppController
{
    public function initialize(): void
    {
        parent::initialize();
        $this->loadComponent('Authentication.Authentication');
        $this->Authentication->allowUnauthenticated(['login']); // every other action needs an identity
    }

    // The Form authenticator has already checked the posted JSON when this runs.
    public function login(): Response
    {
        if (!$this->Authentication->getResult()?->isValid()) {
            return $this->response->withStatus(401)->withType('json')
                ->withStringBody(json_encode(['error' => 'wrong user or password']));
        }

        return $this->response->withType('json')
            ->withStringBody(json_encode(['user' => $this->Authentication->getIdentityData('username')]));
    }

    public function me(): Response
    {
        return $this->response->withType('json')
            ->withStringBody(json_encode(['user' => $this->Authentication->getIdentityData('username')]));
    }
}
