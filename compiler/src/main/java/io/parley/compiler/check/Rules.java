package io.parley.compiler.check;

import java.util.List;

/** The checks every compilation runs, in no particular order: each reports on its own. */
public final class Rules {
  private Rules() {}

  /** Checks on syntax trees, run alongside linking. */
  public static List<ElementRule> elementRules() {
    return List.of(
        new DuplicateDefinitionRule(),
        new DuplicateMemberRule(),
        new FieldIdRule(),
        new OnewayRule(),
        new UnionRule(),
        new ArgumentRequirednessRule(),
        new NameRule());
  }

  /** Checks on the linked schema. */
  public static List<SchemaRule> schemaRules() {
    return List.of(new ContainerKeyRule(), new InheritedMethodRule(), new TypeExtentRule());
  }
}
