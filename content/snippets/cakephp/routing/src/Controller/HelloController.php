<?php
declare(strict_types=1);

namespace App\Controller;

use Cake\View\JsonView;

class HelloController extends AppController
{
    public function viewClasses(): array
    {
        return [JsonView::class];
    }

    public function show(string $name): void
    {
        $this->set('message', "Hello, {$name}");
        $this->viewBuilder()
            ->setClassName('Json')
            ->setOption('serialize', ['message']);
    }
}
