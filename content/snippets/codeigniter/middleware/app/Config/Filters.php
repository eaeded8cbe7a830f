<?php

namespace Config;

use App\Filters\RequestId;
use CodeIgniter\Config\Filters as BaseFilters;
use CodeIgniter\Filters\DebugToolbar;
use CodeIgniter\Filters\ForceHTTPS;
use CodeIgniter\Filters\PageCache;
use CodeIgniter\Filters\PerformanceMetrics;

class Filters extends BaseFilters
{
    public array $aliases = [
        'toolbar'     => DebugToolbar::class,
        'forcehttps'  => ForceHTTPS::class,
        'pagecache'   => PageCache::class,
        'performance' => PerformanceMetrics::class,
        'requestid'   => RequestId::class,
    ];

    // Required filters run for every request, including those that end in the 404 override.
    public array $required = [
        'before' => ['forcehttps', 'pagecache', 'requestid'],
        'after'  => ['pagecache', 'performance', 'toolbar', 'requestid'],
    ];

    public array $globals = [
        'before' => [],
        'after'  => [],
    ];

    public array $methods = [];

    public array $filters = [];
}
