package com.netfocus.planning.team;

import java.util.List;

/**
 * The plans of one team that chose a platform, as planning's team projection knew them when a choice was sent:
 * {@code team} is the team they were looked up for (the chooser's), so that a plan of another team (its owner moved)
 * is not compared with them.
 */
public record Teammates(String team, List<TeammateChoice> choices) {

    public Teammates {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static Teammates none() {
        return new Teammates(null, List.of());
    }

    /** The choices to compare a plan of {@code planTeam} with: none when they are another team's. */
    public List<TeammateChoice> of(String planTeam) {
        return team != null && team.equals(planTeam) ? choices : List.of();
    }
}
