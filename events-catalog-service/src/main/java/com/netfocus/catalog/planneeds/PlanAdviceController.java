package com.netfocus.catalog.planneeds;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.consistency.PlanVersionWait;
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
    RecommendationsView recommendations(Caller caller, @PathVariable String planId,
                                        @RequestParam(name = PlanVersionWait.MIN_VERSION, required = false) Long minVersion,
                                        @Valid @ModelAttribute(RECOMMENDATIONS_QUERY) RecommendationsQuery query) {
        return advisor.recommendations(caller, planId, minVersion, query);
    }

    @GetMapping("/portfolio")
    PortfolioView portfolio(Caller caller, @PathVariable String planId,
                            @RequestParam(name = PlanVersionWait.MIN_VERSION, required = false) Long minVersion,
                            @Valid @ModelAttribute(PORTFOLIO_QUERY) PortfolioQuery query) {
        return advisor.portfolio(caller, planId, minVersion, query);
    }
}
