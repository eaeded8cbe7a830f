<?php

use Illuminate\Support\Facades\Route;

Route::get('/hello/{name}', function (string $name) {
    return response()->json(['message' => "Hello, {$name}"]);
});
