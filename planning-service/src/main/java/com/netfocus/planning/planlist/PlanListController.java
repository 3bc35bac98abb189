package com.netfocus.planning.planlist;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.paging.PageOf;
import com.netfocus.support.paging.PageRequestCheck;
import com.netfocus.support.paging.PagingProperties;
import com.netfocus.support.settings.Settings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;

/**
 * GET /api/v1/plans: the plans a caller may list ({@link PlanListScopes}), filtered, a page at a time, with
 * {@code X-Total-Count} and, while more follows, a {@code Link: <...>; rel="next"}, as the history pages. Answered
 * from the plan list projection, which follows the plans' events within moments.
 */
@RestController
@Tag(name = "Plans", description = "Open a plan, read it now or as of a moment, and its audit history.")
class PlanListController {

    /** The number of plans in the whole list, whatever page was asked for. */
    private static final String TOTAL_COUNT = "X-Total-Count";

    private final PlanList plans;
    private final PagingProperties paging;

    PlanListController(PlanList plans, Environment environment) {
        this.plans = plans;
        this.paging = Settings.bind(environment, "netfocus.planning.plan-list.paging", PagingProperties.class);
    }

    @GetMapping("/api/v1/plans")
    @Operation(operationId = "listPlans", summary = "Find plans", description = "Your own plans; a MANAGER's team's "
            + "(team, or one member's: owner), an ADMIN's of any team or member, or the whole org (scope=org); "
            + "anything else 403. Filtered by status (OPEN, CLOSED), a day inside the period (activeOn) and words "
            + "of the title (q), the latest period first. A projection of the plans' events: a new plan or change "
            + "shows within moments.")
    @ApiResponse(responseCode = "200", description = "One page", headers = {
            @Header(name = TOTAL_COUNT, description = "How many plans the whole list holds",
                    schema = @Schema(type = "integer", example = "42")),
            @Header(name = HttpHeaders.LINK, description = "While more follows: the next page, rel=\"next\"",
                    schema = @Schema(type = "string", example = "</api/v1/plans?status=OPEN&page=1&size=20>; rel=\"next\""))})
    ResponseEntity<PageOf<PlanListItem>> list(Caller caller, @Valid @ModelAttribute PlanListQuery query) {
        int page = query.pageOrFirst();
        int size = PageRequestCheck.checkedSize(page, query.size(), paging);
        ListScope scope = PlanListScopes.of(caller, query);
        PageOf<PlanListItem> found = plans.page(scope, query.listStatus(),
                new PlanListFilter(query.activeOn(), query.q()), page, size);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().header(TOTAL_COUNT, String.valueOf(found.total()));
        if ((long) (page + 1) * size < found.total()) {
            // relative, as the history's: the same path through the gateway
            URI next = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page + 1)
                    .replaceQueryParam("size", size).build(true).toUri();
            response.header(HttpHeaders.LINK, "<" + next.getRawPath() + "?" + next.getRawQuery() + ">; rel=\"next\"");
        }
        return response.body(found);
    }
}
