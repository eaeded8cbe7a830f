<?php

namespace App\Controllers;

use App\Models\NoteModel;
use CodeIgniter\HTTP\ResponseInterface;

class Notes extends BaseController
{
    public function create(): ResponseInterface
    {
        $notes = model(NoteModel::class);
        $id    = $notes->insert(['text' => $this->request->getJSON(true)['text'] ?? null]);

        if ($id === false) { // the model's validation rules failed
            return $this->response->setStatusCode(422)->setJSON(['errors' => $notes->errors()]);
        }

        return $this->response->setStatusCode(201)->setJSON($notes->find($id));
    }

    public function show(string $id): ResponseInterface
    {
        $note = model(NoteModel::class)->find((int) $id);

        if ($note === null) {
            return $this->response->setStatusCode(404)->setJSON(['error' => 'no such note']);
        }

        return $this->response->setJSON($note); // ['id' => …, 'text' => …]
    }
}
