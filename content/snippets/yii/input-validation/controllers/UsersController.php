<?php

namespace micro\controllers;

use micro\models\UserForm;
use yii\web\Controller;
use yii\web\Response;

class UsersController extends Controller
{
    // A JSON API: callers send no CSRF token.
    public $enableCsrfValidation = false;

    public function actionCreate(): array
    {
        $this->response->format = Response::FORMAT_JSON;

        $form = new UserForm();
        $form->load($this->request->getBodyParams(), '');
        if (!$form->validate()) {
            $this->response->statusCode = 422;
            return ['errors' => $form->getErrors()]; // keyed by attribute
        }

        $this->response->statusCode = 201;
        return ['name' => $form->name, 'age' => (int) $form->age];
    }
}
