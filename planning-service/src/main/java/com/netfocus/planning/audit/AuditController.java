package com.netfocus.planning.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.support.access.RequiresRole;
import com.netfocus.support.problem.RejectedInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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
 */
@RestController
@RequestMapping(AuditController.PATH)
class AuditController {

    static final String PATH = "/api/v1/audit";
    private static final Logger log = LoggerFactory.getLogger(AuditController.class);
    private static final String FORMAT = "format";

    private final AuditTrail trail;
    private final AuditSettings settings;
    private final ObjectMapper json;

    AuditController(AuditTrail trail, AuditSettings settings, ObjectMapper json) {
        this.trail = trail;
        this.settings = settings;
        this.json = json;
    }

    @GetMapping
    @RequiresRole(Roles.ADMIN)
    ResponseEntity<AuditPage> page(Caller caller, @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to,
                                   @RequestParam(required = false) String actor,
                                   @RequestParam(required = false) String team,
                                   @RequestParam(required = false) String type,
                                   @RequestParam(required = false) Integer limit,
                                   @RequestParam(required = false) String cursor,
                                   @RequestParam(name = FORMAT, required = false) String format) {
        if (format != null && !format.equals("json")) {
            throw new RejectedInputException(FORMAT, "must be json (the default), csv or jsonl");
        }
        AuditRequest request = AuditRequest.of(caller, from, to, actor, team, type, limit, cursor, settings);
        List<AuditEntry> items = new ArrayList<>();
        trail.walk(request.query(), request.after(), entry -> items.add(entry) && items.size() <= request.limit());
        if (items.size() <= request.limit()) {
            return ResponseEntity.ok(new AuditPage(items, null));
        }
        items.remove(items.size() - 1);
        String next = items.get(items.size() - 1).position().cursor();
        String link = UriComponentsBuilder.fromPath(PATH).queryParamIfPresent("from", Optional.ofNullable(from))
                .queryParamIfPresent("to", Optional.ofNullable(to))
                .queryParamIfPresent("actor", Optional.ofNullable(actor))
                .queryParamIfPresent("team", Optional.ofNullable(team))
                .queryParamIfPresent("type", Optional.ofNullable(type))
                .queryParam("limit", request.limit()).queryParam("cursor", next).encode().toUriString();
        return ResponseEntity.ok().header(HttpHeaders.LINK, "<" + link + ">; rel=\"next\"")
                .body(new AuditPage(items, next));
    }

    @GetMapping(params = FORMAT + "=csv")
    @RequiresRole(Roles.ADMIN)
    void csv(Caller caller, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
             @RequestParam(required = false) String actor, @RequestParam(required = false) String team,
             @RequestParam(required = false) String type, HttpServletResponse response) {
        export(AuditFormat.CSV, AuditRequest.of(caller, from, to, actor, team, type, null, null, settings), response);
    }

    @GetMapping(params = FORMAT + "=jsonl")
    @RequiresRole(Roles.ADMIN)
    void jsonLines(Caller caller, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, @RequestParam(required = false) String actor,
                   @RequestParam(required = false) String team, @RequestParam(required = false) String type,
                   HttpServletResponse response) {
        export(AuditFormat.JSON_LINES, AuditRequest.of(caller, from, to, actor, team, type, null, null, settings),
                response);
    }

    @GetMapping(produces = AuditFormat.NDJSON)
    @RequiresRole(Roles.ADMIN)
    void jsonLinesAccepted(Caller caller, @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to, @RequestParam(required = false) String actor,
                           @RequestParam(required = false) String team, @RequestParam(required = false) String type,
                           HttpServletResponse response) {
        jsonLines(caller, from, to, actor, team, type, response);
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
