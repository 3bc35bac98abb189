package com.netfocus.gateway.devtoken;

import com.netfocus.contracts.caller.CallerIdentifiers;
import com.netfocus.gateway.identity.Role;
import com.netfocus.gateway.problem.FieldError;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Who the local developer wants to be. */
@Schema(requiredProperties = {"sub", "org", "team", "roles"})
public record DevTokenRequest(
        @Schema(description = "The user id the token is for (an identifier: letters, digits and . _ @ -)",
                example = "rep-anna") String sub,
        @Schema(description = "The org the user belongs to (an identifier)", example = "org-nordic-sales") String org,
        @Schema(description = "The user's team (an identifier)", example = "team-retail") String team,
        @ArraySchema(schema = @Schema(allowableValues = {"REP", "MANAGER", "ADMIN"}), minItems = 1,
                arraySchema = @Schema(description = "At least one of REP, MANAGER, ADMIN", example = "[\"REP\"]"))
        List<String> roles) {

    /** The longest user, org or team a dev token names. */
    static final int MAX_IDENTIFIER = CallerIdentifiers.MAX_LENGTH;
    /** User, org and team end up in every caller header and log line: identifiers, never free text. */
    private static final Pattern IDENTIFIER = Pattern.compile(CallerIdentifiers.PATTERN);

    /** What makes this request unusable; empty when a token can be issued. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        requireText("sub", sub, errors);
        requireText("org", org, errors);
        requireText("team", team, errors);
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError("roles", "must name at least one of REP, MANAGER, ADMIN"));
        } else if (roles.size() > Role.values().length) {
            errors.add(new FieldError("roles", "names " + roles.size() + " roles; there are only "
                    + Role.values().length + " (REP, MANAGER, ADMIN): name each at most once"));
        } else {
            for (int i = 0; i < roles.size(); i++) {
                if (Role.parse(roles.get(i)).isEmpty()) {
                    errors.add(new FieldError("roles[" + i + "]",
                            "is not a known role (" + roles.get(i) + "); known are REP, MANAGER, ADMIN"));
                }
            }
        }
        return errors;
    }

    private static void requireText(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (!IDENTIFIER.matcher(value).matches()) {
            errors.add(new FieldError(field, "must be an identifier: letters, digits and . _ @ - (at most "
                    + MAX_IDENTIFIER + " characters; no spaces, control characters or emoji)"));
        }
    }
}
