<?php

namespace App\Controllers;

use CodeIgniter\Controller;

/**
 * Starts the package's Ratchet server (its own process and port). Every frame must be JSON:
 * {"type": "chat", "broadcast": true, "message": "..."} is sent to all clients, the sender included;
 * a plain-text frame closes the connection.
 */
class Websocket extends Controller
{
    public function start(): void
    {
        $ws = service('CodeigniterWebsocket');
        $ws->set_callback('event', [$this, 'onEvent']);
        $ws->run();
    }

    public function onEvent($data = null): void
    {
        log_message('debug', 'WebSocket message relayed: ' . json_encode($data));
    }
}
