<?php

namespace micro\controllers;

use micro\models\Note;
use yii\web\Controller;
use yii\web\NotFoundHttpException;
use yii\web\Response;

class NotesController extends Controller
{
    // A JSON API: callers send no CSRF token.
    public $enableCsrfValidation = false;

    public function beforeAction($action): bool
    {
        $this->response->format = Response::FORMAT_JSON;
        return parent::beforeAction($action);
    }

    public function actionCreate(): array
    {
        $note = new Note();
        $note->load($this->request->getBodyParams(), '');
        if (!$note->save()) {
            $this->response->statusCode = 422;
            return ['errors' => $note->getErrors()];
        }

        $this->response->statusCode = 201;
        return $note->toArray(['id', 'text']);
    }

    public function actionView(int $id): array
    {
        $note = Note::findOne($id) ?? throw new NotFoundHttpException('No such note.');

        return $note->toArray(['id', 'text']);
    }
}
