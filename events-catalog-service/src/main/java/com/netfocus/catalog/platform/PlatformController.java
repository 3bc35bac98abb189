package com.netfocus.catalog.platform;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.support.access.RequiresRole;
import com.netfocus.support.paging.PageOf;
import com.netfocus.support.paging.PageRequestCheck;
import com.netfocus.support.paging.PagingProperties;
import com.netfocus.support.settings.Settings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;

@RestController
@RequestMapping(PlatformController.PATH)
@Tag(name = "Catalog", description = "The org's networking platforms: meetings, seminars, conferences.")
class PlatformController {

    static final String PATH = "/api/v1/platforms";

    private final PlatformCatalog catalog;
    private final PagingProperties paging;

    PlatformController(PlatformCatalog catalog, Environment environment) {
        this.catalog = catalog;
        this.paging = Settings.bind(environment, "netfocus.catalog.paging", PagingProperties.class);
    }

    @PostMapping
    @RequiresRole(Roles.ADMIN)
    @Operation(operationId = "addPlatform", summary = "Add a platform to the org's catalog", description = "Doors "
            + "open (startsAt) before the programme starts, the programme ends before the doors close; the audience "
            + "says who attends, each kind of person with its share of the expected attendance.")
    @ApiResponse(responseCode = "201", description = "Added", headers = @Header(name = "Location",
            description = "Where the platform is read",
            schema = @Schema(type = "string", example = "/api/v1/platforms/9c8b7a6d-5e4f-4321-a0b9-c8d7e6f5a4b3")))
    @ApiResponse(responseCode = "422", description = "Times out of order, a programme outside the doors, audience "
            + "shares adding up to more than 1, or a value over the catalog's limits; nothing was stored.")
    ResponseEntity<PlatformAdded> add(Caller caller, @Valid @RequestBody AddPlatform request) {
        PlatformAdded added = catalog.add(caller, request);
        return ResponseEntity.created(URI.create(PATH + "/" + added.platformId())).body(added);
    }

    @GetMapping
    @Operation(operationId = "listPlatforms", summary = "List the org's platforms",
            description = "Filtered by kind and by a time window on the programme, paged.")
    @ApiResponse(responseCode = "200", description = "One page")
    PageOf<PlatformView> list(Caller caller,
                              @RequestParam(required = false) PlatformKind kind,
                              @Parameter(description = "Only platforms whose programme starts at or after this "
                                      + "instant") @RequestParam(required = false) Instant from,
                              @Parameter(description = "Only platforms whose programme starts before this instant")
                              @RequestParam(required = false) Instant to,
                              @RequestParam(required = false) String q,
                              @RequestParam(required = false) String function,
                              @RequestParam(required = false) String position,
                              @RequestParam(required = false) String industry,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(required = false) Integer size) {
        return catalog.list(caller, new PlatformFilter(kind, from, to, q, function, position, industry), page,
                PageRequestCheck.checkedSize(page, size, paging));
    }

    @GetMapping("/{platformId}")
    @Operation(operationId = "getPlatform", summary = "Read a platform, with what plans did with it")
    @ApiResponse(responseCode = "200", description = "The platform and its activity")
    PlatformView get(Caller caller, @PathVariable String platformId) {
        return catalog.get(caller, platformId);
    }
}
