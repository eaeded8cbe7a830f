<?php

namespace App\Dto;

use Symfony\Component\Validator\Constraints as Assert;

final class NewUser
{
    public function __construct(
        #[Assert\NotBlank]
        public readonly string $name,

        #[Assert\PositiveOrZero]
        public readonly int $age,
    ) {
    }
}
