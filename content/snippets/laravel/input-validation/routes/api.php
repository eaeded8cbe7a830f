<?php

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Route;

Route::post('/users', function (Request $request) {
    $user = $request->validate([
        'name' => ['required', 'string'],
        'age' => ['required', 'integer', 'min:0'],
    ]);

    return response()->json($user, 201);
});
