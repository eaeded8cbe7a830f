<?php

use Illuminate\Foundation\Application;
use Illuminate\Foundation\Configuration\Exceptions;
use Illuminate\Foundation\Configuration\Middleware;

// The sqlite connection reads DB_DATABASE, which the Procfile sets from DATABASE_PATH.
return Application::configure(basePath: dirname(__DIR__))
    ->withRouting(
        web: __DIR__.'/../routes/web.php',
        api: __DIR__.'/../routes/api.php',
        apiPrefix: '',
        health: '/up',
    )
    ->withMiddleware(function (Middleware $middleware): void {
        //
    })
    ->withExceptions(function (Exceptions $exceptions): void {
        // An API: errors (404 for an unknown note, 422) are JSON whatever the Accept header.
        $exceptions->shouldRenderJsonWhen(fn () => true);
    })->create();
