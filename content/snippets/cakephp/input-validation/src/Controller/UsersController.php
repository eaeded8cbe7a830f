<?php
declare(strict_types=1);

namespace App\Controller;

use Cake\Http\Response;
use Cake\Validation\Validator;

class UsersController extends AppController
{
    public function add(): Response
    {
        $data = $this->request->getData();
        $validator = (new Validator())
            ->requirePresence(['name', 'age'])
            ->notEmptyString('name')
            ->integer('age')
            ->greaterThanOrEqual('age', 0);

        $errors = $validator->validate($data);
        if ($errors) {
            return $this->response->withStatus(422)->withType('json')
                ->withStringBody(json_encode(['errors' => $errors]));
        }

        return $this->response->withStatus(201)->withType('json')
            ->withStringBody(json_encode(['name' => $data['name'], 'age' => $data['age']]));
    }
}
