<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Core\User\UserInterface;
use Symfony\Component\Security\Http\Attribute\CurrentUser;

class AuthController extends AbstractController
{
    // json_login (config/packages/security.yaml) checks the posted credentials first: wrong ones
    // get its 401 JSON; right ones reach this action with the user stored in the session.
    #[Route('/login', name: 'login', methods: ['POST'])]
    public function login(#[CurrentUser] ?UserInterface $user): JsonResponse
    {
        if (null === $user) { // not a JSON body, so json_login did not run
            return $this->json(['error' => 'send {"user": …, "password": …} as JSON'], JsonResponse::HTTP_UNAUTHORIZED);
        }

        return $this->json(['user' => $user->getUserIdentifier()]);
    }

    #[Route('/me', name: 'me', methods: ['GET'])]
    public function me(#[CurrentUser] UserInterface $user): JsonResponse
    {
        return $this->json(['user' => $user->getUserIdentifier()]);
    }
}
