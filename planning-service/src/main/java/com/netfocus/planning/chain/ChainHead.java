package com.netfocus.planning.chain;

/** A plan's last stored event as far as the chain is concerned: its sequence and hash (null: stored before chains). */
record ChainHead(long sequence, String hash) {
}
