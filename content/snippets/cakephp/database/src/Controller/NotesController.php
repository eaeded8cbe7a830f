<?php
declare(strict_types=1);

namespace App\Controller;

use Cake\Http\Response;

class NotesController extends AppController
{
    public function add(): Response
    {
        $notes = $this->fetchTable('Notes');
        $note = $notes->saveOrFail($notes->newEntity($this->request->getData()));

        return $this->response->withStatus(201)->withType('json')
            ->withStringBody(json_encode(['id' => $note->id, 'text' => $note->text]));
    }

    public function view(string $id): Response
    {
        // get() throws RecordNotFoundException for an unknown id, which renders as 404.
        $note = $this->fetchTable('Notes')->get($id);

        return $this->response->withType('json')
            ->withStringBody(json_encode(['id' => $note->id, 'text' => $note->text]));
    }
}
