package com.netfocus.planning.chain;

import java.util.OptionalLong;

/**
 * The last sequence of a plan known to be on Kafka, which the store must still hold: an event removed from the end of
 * a plan leaves no gap in the chain, but it leaves the store short of what was published.
 */
public interface PublishedSequences {

    OptionalLong publishedThrough(String planId);
}
