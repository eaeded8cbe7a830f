<?php
declare(strict_types=1);

namespace App;

use ArrayObject;
use Authentication\AuthenticationService;
use Authentication\AuthenticationServiceInterface;
use Authentication\AuthenticationServiceProviderInterface;
use Authentication\Middleware\AuthenticationMiddleware;
use Authentication\PasswordHasher\DefaultPasswordHasher;
use Cake\Core\Configure;
use Cake\Error\Middleware\ErrorHandlerMiddleware;
use Cake\Http\BaseApplication;
use Cake\Http\Middleware\BodyParserMiddleware;
use Cake\Http\Middleware\CsrfProtectionMiddleware;
use Cake\Http\MiddlewareQueue;
use Cake\Routing\Middleware\RoutingMiddleware;
use Psr\Http\Message\ServerRequestInterface;

class Application extends BaseApplication implements AuthenticationServiceProviderInterface
{
    // DefaultPasswordHasher (bcrypt) hash of "lovelace": the one hard-coded user, ada.
    private const ADA_PASSWORD_HASH = '$2y$10$A7bpH3O/Sp5B9JWhlAcbdOT4XnzuZ/sCWH4PJGVqdRIW4knAXJ.CO';

    public function bootstrap(): void
    {
        parent::bootstrap();
        $this->addPlugin('Authentication');
    }

    public function middleware(MiddlewareQueue $middlewareQueue): MiddlewareQueue
    {
        return $middlewareQueue
            ->add(new ErrorHandlerMiddleware(Configure::read('Error'), $this))
            ->add(new RoutingMiddleware($this))
            ->add(new BodyParserMiddleware()) // JSON bodies become request data
            // A JSON client has no CSRF token for its login; other unsafe requests still need one.
            ->add((new CsrfProtectionMiddleware(['httponly' => true]))
                ->skipCheckCallback(fn (ServerRequestInterface $request) => $request->getUri()->getPath() === '/login'))
            ->add(new AuthenticationMiddleware($this));
    }

    public function getAuthenticationService(ServerRequestInterface $request): AuthenticationServiceInterface
    {
        // No unauthenticatedRedirect: a guest gets UnauthenticatedException, answered with 401.
        $service = new AuthenticationService();

        // Session first: after a good login the identity is kept in the session.
        $service->loadAuthenticator('Authentication.Session');
        $service->loadAuthenticator('Authentication.Form', [
            'loginUrl' => '/login',
            'fields' => ['username' => 'user', 'password' => 'password'],
            'identifier' => [
                'className' => 'Authentication.Callback',
                'callback' => function (array $credentials): ?ArrayObject {
                    $valid = $credentials['username'] === 'ada'
                        && (new DefaultPasswordHasher())->check($credentials['password'], self::ADA_PASSWORD_HASH);

                    return $valid ? new ArrayObject(['username' => 'ada']) : null;
                },
            ],
        ]);

        return $service;
    }
}
