package com.netfocus.catalog.teams;

import com.netfocus.catalog.planneeds.AdviceQueryValidator;
import com.netfocus.catalog.planneeds.PortfolioQuery;
import com.netfocus.catalog.planneeds.RecommendationProperties;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.problem.FieldError;
import com.netfocus.support.problem.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A team's coverage (who goes where for whom in a window of days, overlaps and gaps) and portfolio (which member goes
 * where), for a manager of the team and an admin of the org ({@link TeamAccess}). The window runs {@code from} ..
 * {@code to}, both ISO dates and included: from today and {@code netfocus.catalog.teams.default-window-days} long when
 * left out; a window that ends before it starts or is longer than {@code max-window-days} is a 400 naming
 * {@code to}.
 */
@RestController
@RequestMapping("/api/v1/teams/{team}")
@Tag(name = "Teams", description = "A team's coverage (who goes where for whom, overlaps and gaps) and portfolio (which "
        + "member goes where).")
class TeamController {

    private static final String PORTFOLIO_QUERY = "portfolioQuery";

    private final TeamAdvisor advisor;
    private final TeamProperties properties;
    private final AdviceQueryValidator validator;
    private final Clock clock;
    private final RecommendationProperties recommendation;

    TeamController(TeamAdvisor advisor, TeamProperties properties, AdviceQueryValidator validator, Clock clock,
                   RecommendationProperties recommendation) {
        this.advisor = advisor;
        this.properties = properties;
        this.validator = validator;
        this.clock = clock;
        this.recommendation = recommendation;
    }

    @InitBinder(PORTFOLIO_QUERY)
    void checkBounds(WebDataBinder binder) {
        binder.addValidators(validator);
    }

    @GetMapping("/coverage")
    @Operation(operationId = "teamCoverage", summary = "Who of the team goes where, for whom; overlaps and gaps",
            description = "Per member: plans and hours budgeted, planned, spent. Per platform chosen in the window "
                    + "(from .. to, ISO dates, included; today and the next days when left out): who goes, for which "
                    + "profiles. Overlaps: one platform, one profile, two or more members. Gaps: a profile the members "
                    + "still look for that no platform chosen in the window serves, with the best upcoming platforms "
                    + "for it. For a MANAGER of the team or an ADMIN of the org.")
    @ApiResponse(responseCode = "200", description = "The coverage")
    @ApiResponse(responseCode = "403", description = "A REP, or a manager of another team")
    @ApiResponse(responseCode = "404", description = "A team the caller's org has no plan of")
    CoverageView coverage(Caller caller, @PathVariable String team,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate start = from != null ? from : LocalDate.ofInstant(clock.instant(), recommendation.deadlineZone());
        LocalDate end = to != null ? to : start.plusDays(properties.defaultWindowDays() - 1L);
        if (end.isBefore(start)) {
            throw new InvalidInputException(List.of(new FieldError("to", "must not be before from (" + start
                    + "): the window runs from one day to a later one, both included")));
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > properties.maxWindowDays()) {
            throw new InvalidInputException(List.of(new FieldError("to", "the window may span at most "
                    + properties.maxWindowDays() + " days: ask for a shorter one")));
        }
        return advisor.coverage(caller, team, start, end);
    }

    @GetMapping("/portfolio")
    @Operation(operationId = "teamPortfolio", summary = "Which member goes where, within each member's hours",
            description = "Maximises the distinct target people the team meets (a second member at a platform for a "
                    + "profile already met there adds nothing): the best of lazy greedy per hour, greedy on value and "
                    + "the members' own portfolios; each assignment with its reason, and per member the upcoming "
                    + "choices it would change. For a MANAGER of the team or an ADMIN of the org.")
    @ApiResponse(responseCode = "200", description = "The proposal")
    @ApiResponse(responseCode = "403", description = "A REP, or a manager of another team")
    @ApiResponse(responseCode = "404", description = "A team the caller's org has no plan of")
    TeamPortfolioView portfolio(Caller caller, @PathVariable String team,
                                @Valid @ModelAttribute(PORTFOLIO_QUERY) PortfolioQuery query) {
        return advisor.portfolio(caller, team, query.arriveEarlyMinutes(), query.stayLateMinutes());
    }
}
