<?php

namespace App\EventListener;

use Symfony\Component\EventDispatcher\Attribute\AsEventListener;
use Symfony\Component\HttpKernel\Event\RequestEvent;
use Symfony\Component\HttpKernel\Event\ResponseEvent;
use Symfony\Component\HttpKernel\KernelEvents;

final class RequestIdListener
{
    // Above the router's priority (32), so the id is there even when no route matches.
    #[AsEventListener(event: KernelEvents::REQUEST, priority: 64)]
    public function assign(RequestEvent $event): void
    {
        if ($event->isMainRequest()) {
            $event->getRequest()->attributes->set('request_id', bin2hex(random_bytes(16)));
        }
    }

    // kernel.response also fires for responses built from exceptions, such as the 404 page.
    #[AsEventListener(event: KernelEvents::RESPONSE)]
    public function stamp(ResponseEvent $event): void
    {
        if ($event->isMainRequest()) {
            $event->getResponse()->headers->set('X-Request-Id', $event->getRequest()->attributes->get('request_id'));
        }
    }
}
