package com.netfocus.contact.contact;

import com.netfocus.support.input.InputText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Record a person the org knows. Only the name is required; the rest helps match the person to targets. */
@InputText
public record AddContact(
        @Schema(description = "The person's name (the only field required)") @NotBlank @Size(max = TextLimits.SHORT)
        String name,
        @Size(max = TextLimits.SHORT) String company,
        @Size(max = TextLimits.SHORT) String function,
        @Size(max = TextLimits.SHORT) String position,
        @Size(max = TextLimits.SHORT) String industry,
        @Email @Size(max = TextLimits.EMAIL) String email,
        @Pattern(regexp = "[+0-9 ()./-]*", message = "may hold only digits, spaces and + ( ) . / -")
        @Size(max = TextLimits.PHONE) String phone) {
}
