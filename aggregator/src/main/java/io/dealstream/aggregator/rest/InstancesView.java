package io.dealstream.aggregator.rest;

import java.util.List;

/** The answer of {@code GET /instances}. */
public record InstancesView(String self, String state, List<Instance> instances) {

    public record Instance(String host, int port, boolean self, List<String> stores, List<String> standbyStores,
                           List<String> activePartitions, List<String> standbyPartitions) {
    }

    public InstancesView {
        instances = instances == null ? List.of() : List.copyOf(instances);
    }
}
