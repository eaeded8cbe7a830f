<?php

namespace App\Controller;

use App\Entity\Note;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

class NoteController extends AbstractController
{
    #[Route('/notes', name: 'note_create', methods: ['POST'])]
    public function create(Request $request, EntityManagerInterface $em): JsonResponse
    {
        $note = new Note($request->getPayload()->getString('text'));
        $em->persist($note);
        $em->flush(); // the INSERT; the generated id is now set

        return $this->json(['id' => $note->getId(), 'text' => $note->getText()], JsonResponse::HTTP_CREATED);
    }

    // The entity value resolver loads the Note by the {id} primary key, or answers 404.
    #[Route('/notes/{id}', name: 'note_show', methods: ['GET'])]
    public function show(Note $note): JsonResponse
    {
        return $this->json(['id' => $note->getId(), 'text' => $note->getText()]);
    }
}
