package com.netfocus.benchmarks.load;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;

class SetUpRequestTest {

    @Test
    void asksAgainWhileTheServiceIsUnavailableForNow() {
        Queue<Answer> answers = new ArrayDeque<>(List.of(answer(503), answer(-1), answer(201)));

        Answer answer = SetUpRequest.sent(answers::poll);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answers).isEmpty();
    }

    @Test
    void anyOtherRefusalIsAnsweredAtOnce() {
        Queue<Answer> answers = new ArrayDeque<>(List.of(answer(422), answer(201)));

        assertThat(SetUpRequest.sent(answers::poll).status()).isEqualTo(422);
        assertThat(answers).hasSize(1);
    }

    private static Answer answer(int status) {
        return new Answer(status, null, 1, 1);
    }
}
