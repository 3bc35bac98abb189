package com.netfocus.benchmarks.load;

import java.util.List;

/** A person of the synthetic org: the identity a command is sent with (bearer token, or the caller headers). */
public record Rep(int index, String userId, String org, String team, List<String> roles, String token) {
}
