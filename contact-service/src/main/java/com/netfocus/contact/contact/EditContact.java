package com.netfocus.contact.contact;

import com.netfocus.support.input.InputText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of PATCH /api/v1/contacts/{contactId}: the fields to change (what is left out stays as it is; the name
 * cannot be emptied, the others are emptied by an empty text), and why, if the editor says.
 */
@InputText
public record EditContact(
        @Size(max = TextLimits.SHORT) String name,
        @Size(max = TextLimits.SHORT) String company,
        @Size(max = TextLimits.SHORT) String function,
        @Size(max = TextLimits.SHORT) String position,
        @Size(max = TextLimits.SHORT) String industry,
        @Email @Size(max = TextLimits.EMAIL) String email,
        @Pattern(regexp = "[+0-9 ()./-]*", message = "may hold only digits, spaces and + ( ) . / -")
        @Size(max = TextLimits.PHONE) String phone,
        @Size(max = TextLimits.REASON) String reason) {
}
