package com.netfocus.catalog.analytics;

import com.netfocus.catalog.planneeds.DisplayNumbers;
import com.netfocus.contracts.caller.Caller;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Answers the dashboards from the analytics store, within the caller's org and as {@link AnalyticsAccess} allows. */
@Service
class AnalyticsQueries {

    private final AnalyticsStore store;
    private final AnalyticsProperties properties;
    private final DisplayNumbers numbers;
    private final OrgPlatforms orgPlatforms;

    AnalyticsQueries(AnalyticsStore store, AnalyticsProperties properties, OrgPlatforms orgPlatforms) {
        this.store = store;
        this.orgPlatforms = orgPlatforms;
        this.properties = properties;
        this.numbers = new DisplayNumbers(properties.displayDecimals());
    }

    AnalyticsViews.Summary summary(Caller caller, AnalyticsQuery query) {
        AnalyticsAccess.Subject subject = resolve(caller, query);
        Granularity granularity = query.granularityOrDefault();
        Map<String, Figures> periods = new TreeMap<>();
        Figures total = Figures.NONE;
        for (Map.Entry<String, Figures> month : store.monthly(caller.org(), subject.scope(), subject.subject()).entrySet()) {
            if (granularity.periodOverlaps(month.getKey(), query.from(), query.to())) {
                periods.merge(granularity.periodOf(month.getKey()), month.getValue(), Figures::plus);
                total = total.plus(month.getValue());
            }
        }
        List<Row> rows = periods.entrySet().stream().map(period -> Row.of(period.getKey(), period.getValue(), numbers))
                .toList();
        return new AnalyticsViews.Summary(subject.scope(), subject.subject(),
                granularity.name().toLowerCase(java.util.Locale.ROOT), rows, Row.of(null, total, numbers));
    }

    AnalyticsViews.TeamMembers teamMembers(Caller caller, AnalyticsQuery query) {
        String team = query.team() == null || query.team().isBlank() ? caller.team() : query.team();
        AnalyticsAccess.ensureTeamReadable(caller, team);
        List<AnalyticsViews.Member> members = new ArrayList<>();
        for (String userId : new TreeSet<>(store.members(caller.org(), team))) {
            Figures total = store.monthly(caller.org(), AnalyticsStore.MEMBER, AnalyticsStore.memberKey(team, userId))
                    .values().stream().reduce(Figures.NONE, Figures::plus);
            members.add(new AnalyticsViews.Member(userId, Row.of(null, total, numbers)));
        }
        return new AnalyticsViews.TeamMembers(team, members);
    }

    /**
     * Any role of the org: the org's platforms by target people met per hour, best first, with what they cost the org
     * (the catalog's fee per attendance) and per target person met.
     */
    AnalyticsViews.PlatformRoiTable platformRoi(Caller caller, AnalyticsQuery query) {
        int limit = Math.min(query.limit() == null ? properties.defaultRoiLimit() : query.limit(),
                properties.maxRoiLimit());
        Map<String, PlatformFigures> figures = store.platforms(caller.org());
        Map<String, Double> fees = OrgPlatforms.costs(orgPlatforms.byId(caller.org(), figures.keySet()));
        List<AnalyticsViews.PlatformRoi> platforms = figures.entrySet().stream()
                .map(entry -> roi(entry.getKey(), entry.getValue(), fees.get(entry.getKey())))
                .sorted(Comparator.comparingDouble(AnalyticsViews.PlatformRoi::targetPeoplePerHour).reversed()
                        .thenComparing(AnalyticsViews.PlatformRoi::platformId))
                .limit(limit)
                .toList();
        return new AnalyticsViews.PlatformRoiTable(platforms);
    }

    AnalyticsViews.ArrivalTiming arrivalTiming(Caller caller, AnalyticsQuery query) {
        AnalyticsAccess.Subject subject = resolve(caller, query);
        Figures total = store.monthly(caller.org(), subject.scope(), subject.subject()).values().stream()
                .reduce(Figures.NONE, Figures::plus);
        return new AnalyticsViews.ArrivalTiming(bands(total.earlyAttendances(), total.earlyPeopleMet()),
                bands(total.lateAttendances(), total.latePeopleMet()));
    }

    private AnalyticsAccess.Subject resolve(Caller caller, AnalyticsQuery query) {
        return AnalyticsAccess.resolve(caller, query.scope(), query.subject(),
                team -> store.members(caller.org(), team));
    }

    private AnalyticsViews.PlatformRoi roi(String platformId, PlatformFigures figures, Double fee) {
        double perHour = figures.hoursSpent() > 0 ? figures.targetPeopleMet() / figures.hoursSpent() : 0;
        Double accuracy = figures.forecastTargetPeople() > 0
                ? numbers.round(figures.actualTargetPeople() / figures.forecastTargetPeople()) : null;
        Double cost = fee == null ? null : fee * figures.attendances();
        Double perPerson = OrgPlatforms.costPerTargetPersonMet(cost, figures.targetPeopleMet());
        return new AnalyticsViews.PlatformRoi(platformId, figures.name(), figures.kind(), figures.attendances(),
                numbers.round(figures.hoursSpent()), figures.peopleMet(), figures.targetPeopleMet(),
                numbers.round(perHour), numbers.round(figures.forecastTargetPeople()), figures.actualTargetPeople(),
                accuracy, cost == null ? null : numbers.round(cost), perPerson == null ? null : numbers.round(perPerson));
    }

    private List<AnalyticsViews.Band> bands(List<Long> attendances, List<Long> peopleMet) {
        List<AnalyticsViews.Band> bands = new ArrayList<>();
        for (int i = 0; i < ArrivalBands.NAMES.size(); i++) {
            long count = attendances.get(i);
            bands.add(new AnalyticsViews.Band(ArrivalBands.NAMES.get(i), count, peopleMet.get(i),
                    count == 0 ? 0 : numbers.round((double) peopleMet.get(i) / count)));
        }
        return bands;
    }
}
