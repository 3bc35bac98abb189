package com.netfocus.catalog.planneeds;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.consistency.PlanVersionWait;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Advice for one plan: ranked platforms, and a proposed set within the hours left. Readable by the plan's owner, a
 * manager of its team and an admin of its org (others of the org 403, other orgs 404). {@code minVersion} (the
 * version a planning command answered) makes the query wait, bounded, until the advice reflects that version,
 * else 503 with Retry-After (see {@link PlanVersionWait}). Query
 * parameters bind into small query records checked by {@link AdviceQueryValidator}; a value of the wrong type
 * or out of bounds is a 400 problem naming the parameter.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}")
@Tag(name = "Advice", description = "Platforms recommended for a plan's targets, and a portfolio within its hours.")
class PlanAdviceController {

    private static final String RECOMMENDATIONS_QUERY = "recommendationsQuery";
    private static final String PORTFOLIO_QUERY = "portfolioQuery";

    private final PlanAdvisor advisor;
    private final AdviceQueryValidator validator;

    PlanAdviceController(PlanAdvisor advisor, AdviceQueryValidator validator) {
        this.advisor = advisor;
        this.validator = validator;
    }

    @InitBinder({RECOMMENDATIONS_QUERY, PORTFOLIO_QUERY})
    void checkBounds(WebDataBinder binder) {
        binder.addValidators(validator);
    }

    @GetMapping("/recommendations")
    @Operation(operationId = "recommendPlatforms", summary = "Platforms ranked for the plan's targets", description =
            "Each with its score (weighted target people per hour), the targets it serves and why. A platform is "
            + "scored for the people who attend it; its topic is never scored.\n\nRoles: the plan's owner, a MANAGER of "
            + "its team or an ADMIN of its org; a plan this service has not seen yet, or of another org, is 404.")
    @ApiResponse(responseCode = "200", description = "Best first")
    @ApiResponse(responseCode = "403", description = "A plan of the org the caller may not read")
    RecommendationsView recommendations(Caller caller, @PathVariable String planId,
                                        @RequestParam(name = PlanVersionWait.MIN_VERSION, required = false) Long minVersion,
                                        @Valid @ModelAttribute(RECOMMENDATIONS_QUERY) RecommendationsQuery query) {
        return advisor.recommendations(caller, planId, minVersion, query);
    }

    @GetMapping("/portfolio")
    @Operation(operationId = "proposePortfolio", summary = "A proposed set of platforms within the hours left",
            description = "Chosen greedily by value per hour within the budget minus the hours already planned, with "
                    + "the coverage of every profile target.\n\nRoles: as the recommendations.")
    @ApiResponse(responseCode = "200", description = "The proposal")
    @ApiResponse(responseCode = "403", description = "A plan of the org the caller may not read")
    PortfolioView portfolio(Caller caller, @PathVariable String planId,
                            @RequestParam(name = PlanVersionWait.MIN_VERSION, required = false) Long minVersion,
                            @Valid @ModelAttribute(PORTFOLIO_QUERY) PortfolioQuery query) {
        return advisor.portfolio(caller, planId, minVersion, query);
    }
}
