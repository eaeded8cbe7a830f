<?php

namespace App\Listeners;

use Laravel\Reverb\Events\MessageReceived;

class EchoClientEvents
{
    /**
     * Reverb speaks the Pusher protocol: a client event (e.g. Echo's whisper) is relayed to the
     * channel's other members only, so send it back to the connection that sent it as well.
     */
    public function handle(MessageReceived $event): void
    {
        $payload = json_decode($event->message, true);

        if (str_starts_with($payload['event'] ?? '', 'client-')) {
            $event->connection->send($event->message);
        }
    }
}
