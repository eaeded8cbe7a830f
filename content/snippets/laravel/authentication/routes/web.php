<?php

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Auth;
use Illuminate\Support\Facades\Route;

Route::post('/login', function (Request $request) {
    // The session guard looks the user up by name and checks the bcrypt hash.
    if (! Auth::attempt(['name' => $request->input('user'), 'password' => $request->input('password')])) {
        return response()->json(['error' => 'wrong user or password'], 401);
    }

    $request->session()->regenerate(); // a new, encrypted session cookie

    return response()->json(['user' => Auth::user()->name]);
});

Route::get('/me', fn (Request $request) => ['user' => $request->user()->name])
    ->middleware('auth');
