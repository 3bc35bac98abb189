package com.netfocus.planning.chain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The hash chain ({@code netfocus.planning.hash-chain}): {@code rememberedPlans} is how many plans' last hash stay in
 * memory, most recently used first, so that appending to one of them reads nothing from the store (see
 * {@link ChainHeads}); as many as the plan cache keeps loaded is the natural size.
 */
@ConfigurationProperties("netfocus.planning.hash-chain")
public record ChainSettings(@DefaultValue("5000") int rememberedPlans) {

    public ChainSettings {
        if (rememberedPlans < 1) {
            throw new IllegalArgumentException("netfocus.planning.hash-chain.remembered-plans must be positive: "
                    + rememberedPlans);
        }
    }
}
