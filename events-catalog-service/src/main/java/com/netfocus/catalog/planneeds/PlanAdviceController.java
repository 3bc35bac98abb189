package com.netfocus.catalog.planneeds;

import com.netfocus.contracts.caller.Caller;
import jakarta.validation.Valid;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Advice for one plan of the caller's org: ranked platforms, and a proposed set within the hours left. Query
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
                                        @Valid @ModelAttribute(RECOMMENDATIONS_QUERY) RecommendationsQuery query) {
        return advisor.recommendations(caller, planId, query);
    }

    @GetMapping("/portfolio")
    PortfolioView portfolio(Caller caller, @PathVariable String planId,
                            @Valid @ModelAttribute(PORTFOLIO_QUERY) PortfolioQuery query) {
        return advisor.portfolio(caller, planId, query);
    }
}
