package com.netfocus.catalog.teams;

import com.netfocus.catalog.planneeds.DisplayNumbers;
import com.netfocus.catalog.recommendation.ServedTarget;
import com.netfocus.catalog.recommendation.TeamAssignment;

import java.util.List;
import java.util.stream.Collectors;

/** The team portfolio's reasons, in words a rep reads. */
final class TeamWording {

    private TeamWording() {
    }

    /** Why a member goes to a platform: whom they meet there that no teammate does, and what it adds. */
    static String reason(List<ProfileView> fresh, List<ProfileView> shared, List<String> goers,
                         TeamAssignment assignment, boolean alreadyChosen, DisplayNumbers numbers) {
        StringBuilder text = new StringBuilder(alreadyChosen ? "Keep it: " : "Go: ");
        double people = assignment.platform().servedTargets().stream().mapToDouble(ServedTarget::expectedPeople)
                .sum();
        if (!fresh.isEmpty()) {
            text.append("about ").append(Math.round(people)).append(' ').append(describe(fresh))
                    .append(" expected, whom nobody else of the team meets there");
        } else {
            text.append("the people (").append(describe(shared)).append(") a teammate already meets there, so nothing "
                    + "new for the team");
        }
        List<String> others = goers.stream().filter(goer -> !goer.equals(assignment.memberId())).distinct().toList();
        if (!shared.isEmpty() && !others.isEmpty()) {
            text.append("; ").append(String.join(", ", others)).append(" already meets ").append(describe(shared))
                    .append(" there");
        }
        return text.append(". Adds ").append(number(Math.round(assignment.marginalValue() * 10) / 10.0))
                .append(" weighted target people in ").append(number(numbers.round(assignment.platform().hours())))
                .append(" h.").toString();
    }

    /** Why an upcoming choice is not kept. */
    static String dropped(String memberId, List<String> goers) {
        List<String> others = goers.stream().filter(goer -> !goer.equals(memberId)).distinct().toList();
        if (others.isEmpty()) {
            return "The team meets more people with these hours elsewhere.";
        }
        return String.join(", ", others) + " already goes there for the same people; the team meets more people "
                + "with these hours elsewhere.";
    }

    private static String describe(List<ProfileView> profiles) {
        return profiles.stream().map(ProfileView::describe).collect(Collectors.joining(", "));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
