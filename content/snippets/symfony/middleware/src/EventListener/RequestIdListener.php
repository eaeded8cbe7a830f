<?php

namespace App\EventListener;

use Symfony\Component\EventDispatcher\Attribute\AsEventListener;
use Symfony\Component\HttpKernel\Event\ResponseEvent;
use Symfony\Component\HttpKernel\KernelEvents;

// kernel.response also fires for responses built from exceptions, such as the 404 page.
#[AsEventListener(event: KernelEvents::RESPONSE)]
final class RequestIdListener
{
    public function __invoke(ResponseEvent $event): void
    {
        $event->getResponse()->headers->set('X-Request-Id', bin2hex(random_bytes(16)));
    }
}
