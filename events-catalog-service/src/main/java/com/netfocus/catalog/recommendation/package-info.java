/**
 * Step 4 of the chain, "pick wisely": ranks platforms by the target people expected per hour of time
 * invested, and proposes a set of platforms within the remaining hours budget.
 *
 * <p>Pure and framework-free on purpose: no Spring, no persistence, no clock. Everything the algorithm
 * depends on (weights, factors, "now") arrives in {@link com.netfocus.catalog.recommendation.ScoringSettings},
 * so the same inputs always give the same advice and the advice can be tested by hand.
 */
package com.netfocus.catalog.recommendation;
