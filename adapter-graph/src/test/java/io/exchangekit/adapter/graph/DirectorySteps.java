package io.exchangekit.adapter.graph;

import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.Step;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import java.util.ArrayList;
import java.util.List;

/** Applies actions one after the other, as the use cases run a directory plan. */
final class DirectorySteps {
  private DirectorySteps() {}

  static List<String> apply(CloudDirectoryPort port, DirectoryAction... actions) {
    List<String> reports = new ArrayList<>();
    for (DirectoryAction action : actions) {
      Step.Directory step = port.apply(action);
      reports.add(step.report());
    }
    return reports;
  }
}
