<?php

namespace micro\controllers;

use Yii;
use yii\web\Controller;
use yii\web\Response;

class HomeController extends Controller
{
    public function actionIndex(): string
    {
        $this->response->format = Response::FORMAT_RAW;
        $this->response->headers->set('Content-Type', 'text/plain');
        return Yii::$app->params['requestId'];
    }
}
