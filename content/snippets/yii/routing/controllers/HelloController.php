<?php

namespace micro\controllers;

use yii\web\Controller;
use yii\web\Response;

class HelloController extends Controller
{
    // <name> arrives percent-decoded and is bound to the $name argument.
    public function actionGreet(string $name): array
    {
        $this->response->format = Response::FORMAT_JSON;
        return ['message' => "Hello, {$name}"];
    }
}
