package com.netfocus.benchmarks.load;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientCurveTest {

    @Test
    void theKneeIsTheFewestClientsNearTheHighestRate() {
        ClientCurve curve = curve(60, 110, 200, 280, 300, 295);

        assertThat(curve.knee().clients()).isEqualTo(8);
        assertThat(curve.holdsPastKnee()).isTrue();
        assertThat(curve.lowestPastKnee().clients()).isEqualTo(32);
    }

    @Test
    void aDropPastTheKneeDoesNotHold() {
        ClientCurve curve = curve(60, 110, 200, 300, 290, 240);

        assertThat(curve.knee().clients()).isEqualTo(8);
        assertThat(curve.lowestPastKnee().clients()).isEqualTo(32);
        assertThat(curve.holdsPastKnee()).isFalse();
    }

    @Test
    void pointsAreTakenInClientOrderWhateverOrderTheyCameIn() {
        ClientCurve curve = new ClientCurve(List.of(new ClientCurve.Point(16, 300), new ClientCurve.Point(1, 50),
                new ClientCurve.Point(4, 290)));

        assertThat(curve.knee().clients()).isEqualTo(4);
        assertThat(curve.highest()).isEqualTo(300);
    }

    private static ClientCurve curve(double... ratesAt1To32) {
        int[] clients = {1, 2, 4, 8, 16, 32};
        return new ClientCurve(java.util.stream.IntStream.range(0, ratesAt1To32.length)
                .mapToObj(i -> new ClientCurve.Point(clients[i], ratesAt1To32[i])).toList());
    }
}
