<?php

namespace App\Controller;

use App\Dto\NewUser;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpKernel\Attribute\MapRequestPayload;
use Symfony\Component\Routing\Attribute\Route;

class UserController extends AbstractController
{
    // A body that fails the constraints or cannot be mapped (age "old") is answered with 422.
    #[Route('/users', name: 'user_create', methods: ['POST'])]
    public function create(#[MapRequestPayload] NewUser $user): JsonResponse
    {
        return $this->json($user, JsonResponse::HTTP_CREATED);
    }
}
