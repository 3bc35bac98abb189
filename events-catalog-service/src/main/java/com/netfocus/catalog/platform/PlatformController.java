package com.netfocus.catalog.platform;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.support.access.RequiresRole;
import com.netfocus.support.paging.PageOf;
import com.netfocus.support.paging.PageRequestCheck;
import com.netfocus.support.paging.PagingProperties;
import com.netfocus.support.settings.Settings;
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
    ResponseEntity<PlatformAdded> add(Caller caller, @Valid @RequestBody AddPlatform request) {
        PlatformAdded added = catalog.add(caller, request);
        return ResponseEntity.created(URI.create(PATH + "/" + added.platformId())).body(added);
    }

    @GetMapping
    PageOf<PlatformView> list(Caller caller,
                              @RequestParam(required = false) PlatformKind kind,
                              @RequestParam(required = false) Instant from,
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
    PlatformView get(Caller caller, @PathVariable String platformId) {
        return catalog.get(caller, platformId);
    }
}
