package app;

import io.helidon.validation.Validation;

// The annotation processor generates a validator for this record at compile time.
@Validation.Validated
public record User(@Validation.String.NotBlank String name,
                   @Validation.Integer.Min(0) int age) {
}
