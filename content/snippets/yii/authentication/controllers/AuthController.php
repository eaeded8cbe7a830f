<?php

namespace micro\controllers;

use micro\models\User;
use Yii;
use yii\filters\AccessControl;
use yii\web\Controller;
use yii\web\Response;
use yii\web\UnauthorizedHttpException;

class AuthController extends Controller
{
    // JSON clients send no CSRF token.
    public $enableCsrfValidation = false;

    public function behaviors(): array
    {
        return [
            'access' => [
                'class' => AccessControl::class,
                'only' => ['me'],
                'rules' => [['allow' => true, 'roles' => ['@']]], // logged-in users only
                // A guest gets 401 instead of yii\web\User::loginRequired()'s 403.
                'denyCallback' => fn () => throw new UnauthorizedHttpException('Not logged in.'),
            ],
        ];
    }

    public function beforeAction($action): bool
    {
        $this->response->format = Response::FORMAT_JSON;
        return parent::beforeAction($action);
    }

    public function actionLogin(): array
    {
        $body = $this->request->getBodyParams();
        $user = User::findByUsername((string) ($body['user'] ?? ''));
        if ($user === null || !$user->validatePassword((string) ($body['password'] ?? ''))) {
            throw new UnauthorizedHttpException('Wrong user or password.');
        }

        Yii::$app->user->login($user); // a new session id, sent as the session cookie

        return ['user' => $user->username];
    }

    public function actionMe(): array
    {
        return ['user' => Yii::$app->user->identity->username];
    }
}
