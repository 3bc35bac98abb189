package com.netfocus.catalog.recommendation;

/**
 * What a team's set of visits is worth: the per-plan portfolio's measure (weighted target people times the
 * networking factor, each further platform for the same people worth {@code repeatServiceFactor} times the one
 * before), counted over the team and made independent of the order of the visits:
 * <pre>
 *   element (platform, profile)  value = people of the profile expected there × the team's weight of the profile
 *                                        × the platform's networking factor
 *   value(visits)                = Σ_profile Σ_i repeatServiceFactor^i × v_i
 * </pre>
 * where v_0 ≥ v_1 ≥ … are the values of the elements of that profile that some visit covers. A visit covers the
 * elements of its platform for the profiles its member looks for; a second member at the same platform for the same
 * profile covers nothing new (they would meet the same people). The measure is monotone and submodular (a sum over
 * profiles of ordered weighted sums with non-increasing weights of covered elements), which is what the greedy
 * guarantees need. Mutable: {@link #add} covers a visit's elements; one per planning run.
 */
final class TeamMeasure {

    private final double repeatServiceFactor;
    private final int[] profileOfElement;
    private final double[] valueOfElement;
    private final boolean[] covered;
    private final double[][] coveredValuesOfProfile;
    private final int[] coveredCountOfProfile;

    TeamMeasure(int[] profileOfElement, double[] valueOfElement, int profiles, double repeatServiceFactor) {
        this.repeatServiceFactor = repeatServiceFactor;
        this.profileOfElement = profileOfElement;
        this.valueOfElement = valueOfElement;
        this.covered = new boolean[profileOfElement.length];
        int[] elementsOfProfile = new int[profiles];
        for (int profile : profileOfElement) {
            elementsOfProfile[profile]++;
        }
        this.coveredValuesOfProfile = new double[profiles][];
        for (int profile = 0; profile < profiles; profile++) {
            coveredValuesOfProfile[profile] = new double[elementsOfProfile[profile]];
        }
        this.coveredCountOfProfile = new int[profiles];
    }

    /** What covering these elements would add now. */
    double gain(int[] elements) {
        double gain = 0;
        for (int element : elements) {
            if (!covered[element]) {
                gain += insertionGain(profileOfElement[element], valueOfElement[element]);
            }
        }
        return gain;
    }

    void add(int[] elements) {
        for (int element : elements) {
            if (!covered[element]) {
                covered[element] = true;
                insert(profileOfElement[element], valueOfElement[element]);
            }
        }
    }

    double value() {
        double total = 0;
        for (int profile = 0; profile < coveredCountOfProfile.length; profile++) {
            double weight = 1;
            for (int i = 0; i < coveredCountOfProfile[profile]; i++) {
                total += weight * coveredValuesOfProfile[profile][i];
                weight *= repeatServiceFactor;
            }
        }
        return total;
    }

    boolean isCovered(int element) {
        return covered[element];
    }

    /**
     * Inserting v at rank k (k covered values of the profile are at least v) weighs v with r^k and moves every value
     * below it one rank down, from r^i to r^(i+1): gain = r^k v − (1 − r) Σ_{i ≥ k} r^i v_i.
     */
    private double insertionGain(int profile, double value) {
        double[] values = coveredValuesOfProfile[profile];
        int count = coveredCountOfProfile[profile];
        double weight = 1;
        int rank = 0;
        while (rank < count && values[rank] >= value) {
            weight *= repeatServiceFactor;
            rank++;
        }
        double gain = weight * value;
        for (int i = rank; i < count; i++) {
            gain -= (1 - repeatServiceFactor) * weight * values[i];
            weight *= repeatServiceFactor;
        }
        return gain;
    }

    private void insert(int profile, double value) {
        double[] values = coveredValuesOfProfile[profile];
        int count = coveredCountOfProfile[profile];
        int rank = 0;
        while (rank < count && values[rank] >= value) {
            rank++;
        }
        System.arraycopy(values, rank, values, rank + 1, count - rank);
        values[rank] = value;
        coveredCountOfProfile[profile] = count + 1;
    }
}
