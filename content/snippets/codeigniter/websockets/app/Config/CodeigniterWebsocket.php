<?php

namespace Config;

use Takielias\CodeigniterWebsocket\Config\CodeigniterWebsocket as BaseConfig;

class CodeigniterWebsocket extends BaseConfig
{
    public $host = '127.0.0.1';
    public $port = 8282;
    public $auth = false;
    public $debug = false;

    public function __construct()
    {
        parent::__construct();
        $this->port = (int) (getenv('PORT') ?: $this->port);
    }
}
