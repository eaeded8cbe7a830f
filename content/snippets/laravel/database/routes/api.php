<?php

use App\Models\Note;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Route;

Route::post('/notes', function (Request $request) {
    $note = Note::create($request->validate(['text' => ['required', 'string']]));

    return response()->json($note, 201);
});

// Route model binding: an id with no row is answered with 404.
Route::get('/notes/{note}', fn (Note $note) => $note);
