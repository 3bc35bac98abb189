package com.netfocus.planning.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.support.access.RequiresRole;
import com.netfocus.support.problem.RejectedInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The org's audit trail, for its admins (anyone else: 403; an admin sees their own org's trail only): every change to
 * every plan of the org, and to its contacts and catalog, in time order. As JSON, a page at a time with a cursor (and a
 * {@code Link: <...>; rel="next"} while more follows); as CSV ({@code ?format=csv}) or JSON Lines ({@code ?format=jsonl}
 * or {@code Accept: application/x-ndjson}), the whole range streamed from the trail to the client as it is read.
 * Written to the response here (one handler for the three forms) rather than by a message converter, so that an
 * export of any length runs on the request's own thread, without an asynchronous request's time limit.
 */
@RestController
@RequestMapping(AuditController.PATH)
@Tag(name = "Audit", description = "The org's audit trail across its plans, contacts and catalog, exportable.")
class AuditController {

    static final String PATH = "/api/v1/audit";
    private static final Logger log = LoggerFactory.getLogger(AuditController.class);
    private static final String FORMAT = "format";
    private static final String CSV_EXAMPLE = "occurredAt,org,team,actor,type,planId,sequence,contactId,platformId,"
            + "correlationId\r\n2026-06-02T08:14:03.120Z,org-nordic-sales,team-retail,rep-anna,ObjectiveDefined,"
            + "3f1c9a52-8d4e-4b7a-9e21-5c6d7e8f9a01,1,,,0f8e2b6a-3c1d-4e5f-9a7b-8c6d4e2f0a1b\r\n";
    private static final String JSON_LINES_EXAMPLE = "{\"occurredAt\":\"2026-06-02T08:14:03.120Z\",\"org\":"
            + "\"org-nordic-sales\",\"team\":\"team-retail\",\"actor\":\"rep-anna\",\"type\":\"ObjectiveDefined\","
            + "\"planId\":\"3f1c9a52-8d4e-4b7a-9e21-5c6d7e8f9a01\",\"sequence\":1,\"contactId\":null,"
            + "\"platformId\":null,\"correlationId\":\"0f8e2b6a-3c1d-4e5f-9a7b-8c6d4e2f0a1b\"}\n";

    private final AuditTrail trail;
    private final AuditSettings settings;
    private final ObjectMapper json;

    AuditController(AuditTrail trail, AuditSettings settings, ObjectMapper json) {
        this.trail = trail;
        this.settings = settings;
        this.json = json;
    }

    // what it produces is declared, so that asking for a file by Accept is acceptable (service-support's
    // AcceptHeaderCheck refuses anything but JSON for an endpoint that declares nothing)
    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, AuditFormat.CSV_MEDIA_TYPE, AuditFormat.NDJSON})
    @RequiresRole(Roles.ADMIN)
    @Operation(operationId = "orgAuditTrail", summary = "The org's audit trail", description = "Every change to every "
            + "plan of the caller's org, to its contacts (registered, updated, erased) and to its catalog (platforms "
            + "listed), in time order (then by event): who, when, what type, which plan and sequence (or contact or "
            + "platform), which team (the plan's), under which request. Ids only, no personal data. From `from` "
            + "(inclusive; default the trail's beginning) until `to` (exclusive; default now); `actor`, `team` and "
            + "`type` narrow it.\n\nAs JSON: a page of `limit` entries and `next`, the cursor of the next page (null "
            + "at the end), also as `Link: <...>; rel=\"next\"`; the cursor is a place in the trail, so entries "
            + "recorded while you page never repeat or hide one that was there. As a file: `format=csv` (with a "
            + "header line, or `Accept: text/csv`) or JSON Lines (`format=jsonl`, or `Accept: application/x-ndjson`), "
            + "the whole range in one download, streamed as it is read. The trail is a projection of the events, rebuilt by replaying them; "
            + "a change shows within moments of its command.")
    @ApiResponse(responseCode = "200", description = "A page of the trail, or the whole range as a file", headers =
            @Header(name = HttpHeaders.LINK, description = "JSON only, while more follows: the next page",
                    schema = @Schema(type = "string", example = "</api/v1/audit?from=2026-06-01&limit=100&cursor="
                            + "YTF8MTc4MDM4ODA0MTAwN3xjb250YWN0fDVjMmQ5ZThm>; rel=\"next\"")), content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AuditPage.class)),
            @Content(mediaType = AuditFormat.CSV_MEDIA_TYPE, schema = @Schema(type = "string", example = CSV_EXAMPLE)),
            @Content(mediaType = AuditFormat.NDJSON, schema = @Schema(type = "string", example = JSON_LINES_EXAMPLE))})
    @ApiResponse(responseCode = "422", description = "A range, filter, limit, cursor or format the trail cannot "
            + "answer; each named")
    void audit(Caller caller,
               @Parameter(description = "The first moment (inclusive): an ISO-8601 instant, or a date (its midnight, "
                       + "UTC)", example = "2026-06-01") @RequestParam(required = false) String from,
               @Parameter(description = "The end (exclusive), after `from`: an instant or a date", example =
                       "2026-07-01T00:00:00Z") @RequestParam(required = false) String to,
               @Parameter(description = "Only this user's changes", example = "rep-anna")
               @RequestParam(required = false) String actor,
               @Parameter(description = "Only the changes of this team's plans", example = "team-retail")
               @RequestParam(required = false) String team,
               @Parameter(description = "Only this type of change: a plan event type, ContactRegistered, "
                       + "ContactUpdated, ContactErased or PlatformListed", example = "PlatformChosen")
               @RequestParam(required = false) String type,
               @Parameter(description = "Entries per page, JSON only (default and maximum configured: 100 and 1000)",
                       example = "100") @RequestParam(required = false) Integer limit,
               @Parameter(description = "Where the page continues, as the previous page's `next` gave it", example =
                       "YTF8MTc4MDM4ODA0MTAwN3xjb250YWN0fDVjMmQ5ZThm") @RequestParam(required = false) String cursor,
               @Parameter(description = "json (pages, the default), csv or jsonl (the whole range as one file)",
                       schema = @Schema(allowableValues = {"json", "csv", "jsonl"}, example = "csv"))
               @RequestParam(name = FORMAT, required = false) String format,
               @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
               HttpServletResponse response) throws IOException {
        Optional<AuditFormat> file = file(format, accept);
        AuditRequest request = AuditRequest.of(caller, from, to, actor, team, type, limit, cursor, settings);
        if (file.isPresent()) {
            export(file.get(), request, response);
            return;
        }
        List<AuditEntry> items = new ArrayList<>();
        trail.walk(request.query(), request.after(), entry -> items.add(entry) && items.size() <= request.limit());
        String next = null;
        if (items.size() > request.limit()) {
            items.remove(items.size() - 1);
            next = items.get(items.size() - 1).position().cursor();
            response.setHeader(HttpHeaders.LINK, "<" + UriComponentsBuilder.fromPath(PATH)
                    .queryParamIfPresent("from", Optional.ofNullable(from))
                    .queryParamIfPresent("to", Optional.ofNullable(to))
                    .queryParamIfPresent("actor", Optional.ofNullable(actor))
                    .queryParamIfPresent("team", Optional.ofNullable(team))
                    .queryParamIfPresent("type", Optional.ofNullable(type))
                    .queryParam("limit", request.limit()).queryParam("cursor", next).encode().toUriString()
                    + ">; rel=\"next\"");
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), new AuditPage(items, next));
    }

    /**
     * The file asked for, by {@code format} or else by {@code Accept} (the first of its types this endpoint answers
     * in, in the order given); none for a page of JSON.
     */
    private static Optional<AuditFormat> file(String format, String accept) {
        if (format == null) {
            return accept == null ? Optional.empty() : fileAccepted(MediaType.parseMediaTypes(accept));
        }
        return switch (format) {
            case "json" -> Optional.empty();
            case "csv" -> Optional.of(AuditFormat.CSV);
            case "jsonl" -> Optional.of(AuditFormat.JSON_LINES);
            default -> throw new RejectedInputException(FORMAT, "must be json (the default), csv or jsonl");
        };
    }

    private static Optional<AuditFormat> fileAccepted(List<MediaType> accepted) {
        for (MediaType wanted : accepted) {
            if (wanted.getQualityValue() == 0) {
                continue;
            }
            if (wanted.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return Optional.empty();
            }
            Optional<AuditFormat> file = AuditFormat.answering(wanted);
            if (file.isPresent()) {
                return file;
            }
        }
        return Optional.empty();
    }

    /**
     * Streams the range to the client as the trail is read, a chunk at a time, so that a year of an org's changes
     * costs the memory of one chunk. Once the first line is out the answer is committed: a failure after it ends the
     * download short (and is logged) rather than turning into an error response.
     */
    private void export(AuditFormat format, AuditRequest request, HttpServletResponse response) {
        response.setContentType(format.mediaType() + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(format.fileName()).build().toString());
        try (Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(),
                StandardCharsets.UTF_8))) {
            AuditFormat.Lines lines = format.lines(out, json);
            trail.walk(request.query(), null, entry -> {
                try {
                    lines.write(entry);
                    return true;
                } catch (IOException clientGone) {
                    throw new UncheckedIOException(clientGone);
                }
            });
            lines.close();
        } catch (IOException | UncheckedIOException clientGone) {
            log.info("audit export of org {} ended early: {}", request.query().org(), clientGone.toString());
        }
    }
}
