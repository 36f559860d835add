package pykka.typing.internal;

import java.util.ArrayList;
import java.util.List;

/** Writes the Java source of a generated proxy interface. */
final class ProxyWriter {

  private ProxyWriter() {}

  /**
   * The source of the interface.
   *
   * @param spec what to write
   * @param generator the value of the {@code @Generated} annotation: the processor's name
   * @return a compilation unit
   */
  static String write(ProxySpec spec, String generator) {
    String source = spec.source().getQualifiedName().toString();
    StringBuilder out = new StringBuilder();
    if (!spec.packageName().isEmpty()) {
      out.append("package ").append(spec.packageName()).append(";\n\n");
    }
    out.append("/**\n");
    if (spec.actor()) {
      out.append(" * The typed proxy of the actor {@link ")
          .append(source)
          .append("}, for {@code\n");
      out.append(" * ref.proxy(").append(spec.simpleName()).append(".class)}: each method sends");
      out.append(" a message to the actor.\n");
    } else {
      out.append(" * The typed proxy of a traversable field holding a {@link ").append(source);
      out.append("}: each method\n * sends a message to the actor holding the field.\n");
    }
    out.append(" *\n * <p>Generated from the public members of {@code ").append(source);
    out.append("}; do not edit.\n");
    if (!spec.typeParameterNames().isEmpty()) {
      out.append(" *\n");
      for (String name : spec.typeParameterNames()) {
        out.append(" * @param <").append(name).append("> the type parameter {@code ");
        out.append(name).append("} of {@code ").append(source).append("}\n");
      }
    }
    out.append(" */\n");
    out.append("@").append(Names.GENERATED).append("(value = \"").append(generator);
    out.append("\", comments = \"from ").append(source).append("\")\n");
    out.append("public interface ").append(spec.simpleName());
    if (!spec.typeParameters().isEmpty()) {
      out.append("<").append(String.join(", ", spec.typeParameters())).append(">");
    }
    if (spec.actor()) {
      out.append(" extends ").append(Names.ACTOR_MEMBER_MIXIN);
    }
    out.append(" {\n");
    for (ProxySpec.Member member : spec.members()) {
      out.append("\n");
      writeMember(out, member);
    }
    out.append("}\n");
    return out.toString();
  }

  private static void writeMember(StringBuilder out, ProxySpec.Member member) {
    out.append("  /**\n");
    switch (member.kind()) {
      case CALL -> {
        out.append("   * Calls {@link ").append(member.link()).append("} in the actor.\n");
        out.append("   *\n");
        for (ProxySpec.Parameter parameter : member.parameters()) {
          out.append("   * @param ").append(parameter.name()).append(" the argument for {@code ");
          out.append(parameter.name()).append("}\n");
        }
        out.append("   * @return a future of the method's result\n");
      }
      case READ -> {
        out.append("   * Reads the field {@link ")
            .append(member.link())
            .append("} in the actor.\n");
        out.append("   *\n   * @return a future of the field's value\n");
      }
      case TRAVERSE -> {
        out.append("   * The typed proxy of the traversable field {@link ").append(member.link());
        out.append("}.\n   *\n   * @return a proxy whose calls reach the field's value\n");
      }
    }
    out.append("   */\n");
    out.append("  ").append(member.returnType()).append(" ").append(member.name()).append("(");
    List<String> parameters = new ArrayList<>();
    for (int i = 0; i < member.parameters().size(); i++) {
      ProxySpec.Parameter parameter = member.parameters().get(i);
      String type = parameter.type();
      if (member.varargs() && i == member.parameters().size() - 1) {
        type = type.substring(0, type.length() - 2) + "...";
      }
      parameters.add(type + " " + parameter.name());
    }
    out.append(String.join(", ", parameters)).append(");\n");
  }
}
